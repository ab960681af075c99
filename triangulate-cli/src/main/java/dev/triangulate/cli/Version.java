package dev.triangulate.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}: the jar's implementation version, or "development". */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"triangulate " + (v == null ? "development build" : v)};
    }
}
