package dev.jmpy.esp32;

import dev.jmpy.annotations.PyFills;
import dev.jmpy.annotations.PyModule;
import dev.jmpy.board.internal.Hw;
import dev.jmpy.micropython.OSError;

/**
 * {@code esp32.NVS}: a namespace of non-volatile storage, kept in flash across resets, deep sleep
 * and power cycles. A missing key raises {@code OSError(-4354, 'ESP_ERR_NVS_NOT_FOUND')}
 * .
 */
@PyModule("esp32")
public class NVS {
  private final String namespace;

  /** {@code esp32.NVS(namespace)}: up to 15 characters. */
  public NVS(String namespace) throws OSError {
    Hw.get().storage.openNamespace(namespace);
    this.namespace = namespace;
  }

  /** {@code nvs.set_i32(key, value)}. */
  public void setI32(String key, int value) throws OSError {
    Hw.get().storage.setI32(namespace, key, value);
  }

  /** {@code nvs.get_i32(key)}. */
  public int getI32(String key) throws OSError {
    return Hw.get().storage.getI32(namespace, key);
  }

  /** {@code nvs.set_blob(key, value)}. */
  public void setBlob(String key, byte[] value) throws OSError {
    Hw.get().storage.setBlob(namespace, key, value);
  }

  /** {@code nvs.get_blob(key, buf)}: fills buf, returns the blob's length. */
  public int getBlob(String key, @PyFills byte[] buf) throws OSError {
    return Hw.get().storage.getBlob(namespace, key, buf);
  }

  /** {@code nvs.erase_key(key)}. */
  public void eraseKey(String key) throws OSError {
    Hw.get().storage.eraseKey(namespace, key);
  }

  /** {@code nvs.commit()}. */
  public void commit() {}
}
