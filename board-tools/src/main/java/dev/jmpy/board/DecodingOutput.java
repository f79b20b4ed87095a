package dev.jmpy.board;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A board's console output on its way to the user: {@code \r\n} becomes {@code \n} (a board's
 * console ends lines with both) and each traceback frame of a jmpy module gets its Java frame
 * ({@link TracebackDecoder}). Lines pass as soon as they end; a partial line (a prompt) passes on
 * flush unless it may become a traceback frame.
 */
public final class DecodingOutput extends OutputStream {
  private final OutputStream target;
  private final TracebackDecoder decoder;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private boolean partialSent;

  public DecodingOutput(OutputStream target, TracebackDecoder decoder) {
    this.target = target;
    this.decoder = decoder;
  }

  @Override
  public void write(int b) throws IOException {
    if (b == '\r') {
      return;
    }
    if (b != '\n') {
      line.write(b);
      return;
    }
    String text = line.toString(StandardCharsets.UTF_8);
    line.reset();
    target.write(((partialSent ? text : decoder.decodeLine(text)) + "\n")
        .getBytes(StandardCharsets.UTF_8));
    partialSent = false;
  }

  @Override
  public void flush() throws IOException {
    if (line.size() > 0 && !line.toString(StandardCharsets.UTF_8).stripLeading().startsWith("F")) {
      target.write(line.toByteArray());
      line.reset();
      partialSent = true;
    }
    target.flush();
  }

  @Override
  public void close() throws IOException {
    if (line.size() > 0) {
      target.write(line.toByteArray());
      line.reset();
    }
    target.flush();
  }
}
