package demo.protocol;

import dev.jmpy.annotations.MicroPython;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A streaming parser for a small serial protocol, as a sensor node would speak it over UART.
 *
 * <p>Frame: 0x7E, length (2 bytes, big endian, counts type + payload), type (1 byte), payload,
 * CRC-16/CCITT-FALSE over length, type and payload (2 bytes, big endian). Inside a frame, 0x7E and
 * 0x7D are escaped as 0x7D followed by the byte XOR 0x20.
 */
@MicroPython
public class FrameParser {

    static final byte FLAG = 0x7E;
    static final byte ESCAPE = 0x7D;
    static final int MAX_PAYLOAD = 64;

    private static final int[] CRC_TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            CRC_TABLE[i] = crc & 0xFFFF;
        }
    }

    enum MessageType {
        PING(0x01), TELEMETRY(0x02), SET_CONFIG(0x03), ACK(0x04);

        final int code;

        MessageType(int code) {
            this.code = code;
        }

        static MessageType fromCode(int code) throws ProtocolException {
            for (MessageType t : values()) {
                if (t.code == code) {
                    return t;
                }
            }
            throw new ProtocolException("unknown message type 0x" + Integer.toHexString(code));
        }
    }

    record Frame(MessageType type, byte[] payload) {
        @Override
        public String toString() {
            return type + "[" + payload.length + " bytes]";
        }
    }

    static class ProtocolException extends Exception {
        ProtocolException(String message) {
            super(message);
        }
    }

    private enum State { WAIT_FLAG, LENGTH_HI, LENGTH_LO, BODY, CRC_HI, CRC_LO }

    private State state = State.WAIT_FLAG;
    private boolean escaped;
    private int length;
    private final byte[] body = new byte[MAX_PAYLOAD + 1];
    private int bodyPos;
    private int receivedCrc;
    private final List<Frame> frames = new ArrayList<>();
    private final Map<String, Integer> errors = new java.util.TreeMap<>();

    static int crc16(byte[] data, int offset, int len) {
        int crc = 0xFFFF;
        for (int i = offset; i < offset + len; i++) {
            crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 8) ^ data[i]) & 0xFF]) & 0xFFFF;
        }
        return crc;
    }

    /** Feeds the bytes received so far; complete frames are collected. */
    void feed(byte[] chunk) {
        for (byte raw : chunk) {
            if (raw == FLAG) {
                if (state != State.WAIT_FLAG) {
                    error("truncated frame");
                }
                state = State.LENGTH_HI;
                escaped = false;
                continue;
            }
            if (state == State.WAIT_FLAG) {
                continue; // line noise between frames
            }
            if (raw == ESCAPE && !escaped) {
                escaped = true;
                continue;
            }
            byte b = escaped ? (byte) (raw ^ 0x20) : raw;
            escaped = false;
            accept(b & 0xFF);
        }
    }

    private void accept(int b) {
        switch (state) {
            case LENGTH_HI -> {
                length = b << 8;
                state = State.LENGTH_LO;
            }
            case LENGTH_LO -> {
                length |= b;
                if (length == 0 || length > MAX_PAYLOAD + 1) {
                    error("bad length " + length);
                    state = State.WAIT_FLAG;
                } else {
                    bodyPos = 0;
                    state = State.BODY;
                }
            }
            case BODY -> {
                body[bodyPos++] = (byte) b;
                if (bodyPos == length) {
                    state = State.CRC_HI;
                }
            }
            case CRC_HI -> {
                receivedCrc = b << 8;
                state = State.CRC_LO;
            }
            case CRC_LO -> {
                receivedCrc |= b;
                state = State.WAIT_FLAG;
                finishFrame();
            }
            default -> throw new IllegalStateException("unexpected state " + state);
        }
    }

    private void finishFrame() {
        byte[] covered = new byte[length + 2];
        covered[0] = (byte) (length >> 8);
        covered[1] = (byte) length;
        System.arraycopy(body, 0, covered, 2, length);
        int expected = crc16(covered, 0, covered.length);
        if (expected != receivedCrc) {
            error(String.format("crc mismatch: got %04X, want %04X", receivedCrc, expected));
            return;
        }
        try {
            MessageType type = MessageType.fromCode(body[0] & 0xFF);
            frames.add(new Frame(type, Arrays.copyOfRange(body, 1, length)));
        } catch (ProtocolException e) {
            error(e.getMessage());
        }
    }

    private void error(String reason) {
        errors.merge(reason.split(":")[0], 1, Integer::sum);
        System.out.println("  ! " + reason);
    }

    static byte[] encode(MessageType type, byte[] payload) {
        return encodeRaw(type.code, payload);
    }

    static byte[] encodeRaw(int typeCode, byte[] payload) {
        int length = payload.length + 1;
        ByteBuffer unescaped = ByteBuffer.allocate(length + 4);
        unescaped.putShort((short) length).put((byte) typeCode).put(payload);
        int crc = crc16(unescaped.array(), 0, length + 2);
        unescaped.putShort((short) crc);

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(FLAG);
        for (byte b : unescaped.array()) {
            if (b == FLAG || b == ESCAPE) {
                out.write(ESCAPE);
                out.write(b ^ 0x20);
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    static byte[] telemetry(float celsius, int humidity, long uptimeSeconds) {
        ByteBuffer buf = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
        buf.putShort((short) Math.round(celsius * 100));
        buf.putShort((short) humidity);
        buf.putInt((int) uptimeSeconds);
        return buf.array();
    }

    static String describe(Frame frame) {
        ByteBuffer buf = ByteBuffer.wrap(frame.payload());
        return switch (frame.type()) {
            case PING -> "ping";
            case ACK -> "ack seq=" + (frame.payload()[0] & 0xFF);
            case TELEMETRY -> {
                float celsius = buf.getShort() / 100.0f;
                int humidity = buf.getShort() & 0xFFFF;
                long uptime = buf.getInt() & 0xFFFFFFFFL;
                yield String.format("telemetry %.2f C, %d %%RH, up %ds", celsius, humidity, uptime);
            }
            case SET_CONFIG -> "config " + new String(frame.payload(), StandardCharsets.UTF_8);
        };
    }

    static String hex(byte[] data) {
        StringBuilder sb = new StringBuilder();
        for (byte b : data) {
            sb.append(String.format("%02X ", b));
        }
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        System.out.println("CRC-16 of \"123456789\": 0x"
                + Integer.toHexString(crc16("123456789".getBytes(), 0, 9)).toUpperCase());

        List<byte[]> wire = new ArrayList<>();
        wire.add(encode(MessageType.PING, new byte[0]));
        wire.add(encode(MessageType.TELEMETRY, telemetry(21.37f, 48, 3_600L * 50)));
        wire.add(encode(MessageType.TELEMETRY, telemetry(-7.5f, 91, 4_000_000_000L)));
        wire.add(encode(MessageType.SET_CONFIG, "rate=5;unit=C".getBytes(StandardCharsets.UTF_8)));
        wire.add(encode(MessageType.ACK, new byte[] {(byte) 0x7E}));

        byte[] corrupted = encode(MessageType.TELEMETRY, telemetry(30f, 10, 1));
        corrupted[5] ^= 0x01;
        wire.add(corrupted);
        wire.add(new byte[] {0x00, 0x11, FLAG, 0x00, 0x05}); // noise, then a frame cut short
        wire.add(encodeRaw(0x09, new byte[] {1, 2}));

        for (byte[] frame : wire) {
            System.out.println("wire: " + hex(frame));
        }

        FrameParser parser = new FrameParser();
        // Deliver the bytes in uneven chunks, as a UART driver would.
        byte[] all = wire.stream().reduce(new byte[0], (a, b) -> {
            byte[] joined = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, joined, a.length, b.length);
            return joined;
        });
        int pos = 0;
        int chunk = 3;
        while (pos < all.length) {
            int n = Math.min(chunk, all.length - pos);
            parser.feed(Arrays.copyOfRange(all, pos, pos + n));
            pos += n;
            chunk = chunk % 7 + 2;
        }

        Map<MessageType, Integer> counts = new EnumMap<>(MessageType.class);
        for (Frame f : parser.frames) {
            counts.merge(f.type(), 1, Integer::sum);
            System.out.println(f + " -> " + describe(f));
        }
        System.out.println("frames by type: " + counts);
        System.out.println("errors: " + parser.errors);
    }
}
