package io.witj.wasi.filesystem;

import io.witj.wasi.io.ByteSink;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Writes a file from an offset onwards, or at its end each time ({@code write-via-stream}, {@code
 * append-via-stream}).
 */
final class ChannelSink implements ByteSink {
  private final FileChannel channel;
  private final boolean append;
  private long position;

  ChannelSink(FileChannel channel, long position, boolean append) {
    this.channel = channel;
    this.position = position;
    this.append = append;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
    long at = append ? channel.size() : position;
    while (buffer.hasRemaining()) {
      at += channel.write(buffer, at);
    }
    position = at;
  }

  @Override
  public void flush() {
    // FileChannel writes are not buffered
  }
}
