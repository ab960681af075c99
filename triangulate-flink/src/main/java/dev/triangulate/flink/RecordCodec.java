package dev.triangulate.flink;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a tree of model records ({@code Coverage}, {@code Story}) into bytes and back, so they can
 * cross a Flink network shuffle or live in keyed state without Kryo (which cannot rebuild records or
 * immutable lists) and without changing the model.
 *
 * <p>Handles records (through their canonical constructors, so compact constructors validate again),
 * sealed variants (the concrete class is written), enums, {@code String}, boxed and primitive
 * {@code int}/{@code long}/{@code double}/{@code boolean}, {@code LocalDate}, {@code List} and
 * {@code Map}; {@code null} anywhere. Anything else is a bug and throws {@link IllegalArgumentException}
 * naming the type. {@code decode(encode(x)).equals(x)} for every such tree. Class names are written once
 * per message. Stateless; thread-safe.
 *
 * <pre>{@code
 * byte[] bytes = RecordCodec.encode(coverage);
 * Coverage back = RecordCodec.decode(bytes, Coverage.class);
 * }</pre>
 */
public final class RecordCodec {

    private static final byte NULL = 0, STRING = 1, INT = 2, LONG = 3, DOUBLE = 4, BOOLEAN = 5, ENUM = 6,
            DATE = 7, LIST = 8, MAP = 9, RECORD = 10;

    private static final ClassValue<Constructor<?>> CANONICAL = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            Class<?>[] parameters = java.util.Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                Constructor<?> c = type.getDeclaredConstructor(parameters);
                c.setAccessible(true);
                return c;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record without canonical constructor: " + type.getName(), e);
            }
        }
    };

    private RecordCodec() {
    }

    public static byte[] encode(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            new Writer(out).write(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static <T> T decode(byte[] bytes, Class<T> type) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return type.cast(new Reader(in).read());
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt " + type.getSimpleName() + " bytes", e);
        }
    }

    /** One message's writer: remembers the classes already named. */
    private record Writer(DataOutputStream out, Map<Class<?>, Integer> classes) {

        Writer(DataOutputStream out) {
            this(out, new HashMap<>());
        }

        void write(Object v) throws IOException {
            switch (v) {
                case null -> out.writeByte(NULL);
                case String s -> {
                    out.writeByte(STRING);
                    writeString(s);
                }
                case Integer i -> {
                    out.writeByte(INT);
                    out.writeInt(i);
                }
                case Long l -> {
                    out.writeByte(LONG);
                    out.writeLong(l);
                }
                case Double d -> {
                    out.writeByte(DOUBLE);
                    out.writeDouble(d);
                }
                case Boolean b -> {
                    out.writeByte(BOOLEAN);
                    out.writeBoolean(b);
                }
                case Enum<?> e -> {
                    out.writeByte(ENUM);
                    writeClass(e.getDeclaringClass());
                    out.writeInt(e.ordinal());
                }
                case LocalDate d -> {
                    out.writeByte(DATE);
                    out.writeLong(d.toEpochDay());
                }
                case List<?> list -> writeList(list);
                case Map<?, ?> map -> writeMap(map);
                case Record r -> writeRecord(r);
                default -> throw new IllegalArgumentException("cannot encode " + v.getClass().getName());
            }
        }

        private void writeList(List<?> list) throws IOException {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object o : list) {
                write(o);
            }
        }

        private void writeMap(Map<?, ?> map) throws IOException {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                write(e.getKey());
                write(e.getValue());
            }
        }

        private void writeRecord(Record r) throws IOException {
            out.writeByte(RECORD);
            writeClass(r.getClass());
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                write(component(r, c));
            }
        }

        private static Object component(Record r, RecordComponent c) {
            try {
                var accessor = c.getAccessor();
                accessor.setAccessible(true);
                return accessor.invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + r.getClass().getName() + "." + c.getName(), e);
            }
        }

        /** A class the first time as its name, afterwards as its number in this message. */
        private void writeClass(Class<?> type) throws IOException {
            Integer known = classes.get(type);
            if (known != null) {
                out.writeInt(known);
                return;
            }
            out.writeInt(-1);
            writeString(type.getName());
            classes.put(type, classes.size());
        }

        /** Length-prefixed UTF-8: {@code writeUTF} stops at 64 KB, which a long article exceeds. */
        private void writeString(String s) throws IOException {
            byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
    }

    /** One message's reader: mirrors {@link Writer}. */
    private record Reader(DataInputStream in, List<Class<?>> classes) {

        Reader(DataInputStream in) {
            this(in, new ArrayList<>());
        }

        Object read() throws IOException {
            byte tag = in.readByte();
            return switch (tag) {
                case NULL -> null;
                case STRING -> readString();
                case INT -> in.readInt();
                case LONG -> in.readLong();
                case DOUBLE -> in.readDouble();
                case BOOLEAN -> in.readBoolean();
                case ENUM -> readEnum();
                case DATE -> LocalDate.ofEpochDay(in.readLong());
                case LIST -> readList();
                case MAP -> readMap();
                case RECORD -> readRecord();
                default -> throw new IOException("unknown tag " + tag);
            };
        }

        private Object readEnum() throws IOException {
            Class<?> type = readClass();
            if (!type.isEnum()) {
                throw new IOException("not an enum: " + type.getName());
            }
            return type.getEnumConstants()[in.readInt()];
        }

        private List<Object> readList() throws IOException {
            int n = in.readInt();
            List<Object> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(read());
            }
            return list;
        }

        private Map<Object, Object> readMap() throws IOException {
            int n = in.readInt();
            Map<Object, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                map.put(read(), read());
            }
            return map;
        }

        private Object readRecord() throws IOException {
            Class<?> type = readClass();
            if (!type.isRecord()) {
                throw new IOException("not a record: " + type.getName());
            }
            Object[] args = new Object[type.getRecordComponents().length];
            for (int i = 0; i < args.length; i++) {
                args[i] = read();
            }
            try {
                return CANONICAL.get(type).newInstance(args);
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                throw new IOException("cannot rebuild " + type.getName(), e);
            }
        }

        private Class<?> readClass() throws IOException {
            int known = in.readInt();
            if (known >= 0) {
                return classes.get(known);
            }
            String name = readString();
            try {
                Class<?> type = Class.forName(name, false, RecordCodec.class.getClassLoader());
                classes.add(type);
                return type;
            } catch (ClassNotFoundException e) {
                throw new IOException("unknown class " + name, e);
            }
        }

        private String readString() throws IOException {
            byte[] utf8 = new byte[in.readInt()];
            in.readFully(utf8);
            return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
