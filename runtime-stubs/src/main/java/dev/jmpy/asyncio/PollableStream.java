package dev.jmpy.asyncio;

/**
 * A device that MicroPython's asyncio can wrap in a stream: an object with the stream protocol
 * (non-blocking {@code read}, {@code readline}, {@code write}) whose {@code ioctl} answers
 * {@code select.poll}, such as {@code machine.UART} (jmpy-esp32's {@code dev.jmpy.machine.UART}).
 * Pass one to {@link StreamReader#StreamReader(PollableStream)} and
 * {@link StreamWriter#StreamWriter(PollableStream)}, which become MicroPython's
 * {@code asyncio.StreamReader(device)} and {@code asyncio.StreamWriter(device)}.
 *
 * <p>It declares nothing a program can call: on the JVM the device's simulation attaches its
 * behaviour ({@code dev.jmpy.asyncio.internal.DeviceStream#attach}) when it is made.
 */
public interface PollableStream {}
