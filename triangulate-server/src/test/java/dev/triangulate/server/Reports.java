package dev.triangulate.server;

import java.util.List;
import java.util.Random;

/**
 * Reports made up for load and crash tests: a few kinds of local news event with random places,
 * outlets and figures, so uploads are distinct texts that partly group into stories.
 */
final class Reports {

    private static final List<String> TOWNS = List.of("Alderby", "Brennock", "Castlemere", "Dunholt", "Eskwater", "Farrowgate");
    private static final List<String> OUTLETS = List.of("Valley Courier", "North Ledger", "Evening Post", "River Times");
    private static final List<String> EVENTS = List.of(
            """
            Title: Flooding closes roads around %1$s
            Outlet: %2$s
            Published: 2025-11-%3$02d

            Heavy rain flooded the centre of %1$s on Tuesday, and the county council closed %4$d roads while the river \
            stayed above its banks. About %5$d homes were evacuated overnight, the fire service said, and %6$d people \
            spent the night in the town hall. The water level peaked at %7$d centimetres above normal, officials said.
            """,
            """
            Title: Factory fire in %1$s under control
            Outlet: %2$s
            Published: 2025-11-%3$02d

            A fire at a packaging factory in %1$s was brought under control on Wednesday after %4$d fire engines \
            worked through the night. The owner said %5$d workers were sent home and that the damage would cost \
            about %6$d thousand euros to repair. Smoke could be seen %7$d kilometres away, residents said.
            """,
            """
            Title: %1$s council approves new bridge
            Outlet: %2$s
            Published: 2025-11-%3$02d

            The council of %1$s voted on Thursday to build a new footbridge over the railway, by %4$d votes to %5$d. \
            The bridge will cost %6$d million euros and should open in %7$d months, the mayor said. Opponents had \
            argued that the money should go to the town's roads instead.
            """);

    private Reports() {
    }

    /** A random report's body, without its header lines. */
    static String body(Random r) {
        String report = random(r);
        return report.substring(report.indexOf("\n\n") + 2).strip();
    }

    static String random(Random r) {
        return EVENTS.get(r.nextInt(EVENTS.size())).formatted(TOWNS.get(r.nextInt(TOWNS.size())), OUTLETS.get(r.nextInt(OUTLETS.size())),
                1 + r.nextInt(28), 2 + r.nextInt(40), 10 + r.nextInt(900), 5 + r.nextInt(300), 3 + r.nextInt(90));
    }
}
