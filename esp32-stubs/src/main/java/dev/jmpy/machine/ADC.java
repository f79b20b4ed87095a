package dev.jmpy.machine;

import dev.jmpy.annotations.PyKeyword;
import dev.jmpy.annotations.PyModule;
import dev.jmpy.board.internal.Analog;
import dev.jmpy.board.internal.Hw;
import dev.jmpy.board.internal.PinIds;

/**
 * {@code machine.ADC}: an analog input (ESP32: ADC1 on GPIO 32-39, ADC2 on 0, 2, 4, 12-15,
 * 25-27). On the JVM the simulated board converts the microvolts the test gives the pin with an
 * ideal 12-bit converter over the attenuation's range (see {@code dev.jmpy.board.Board#adc}).
 */
@PyModule("machine")
public class ADC {
  /** {@code ADC.ATTN_0DB}: about 0-950 mV. */
  public static final int ATTN_0DB = 0;
  /** {@code ADC.ATTN_2_5DB}: about 0-1250 mV. */
  public static final int ATTN_2_5DB = 1;
  /** {@code ADC.ATTN_6DB}: about 0-1750 mV. */
  public static final int ATTN_6DB = 2;
  /** {@code ADC.ATTN_11DB}: about 0-2450 mV (the ESP32 port's default). */
  public static final int ATTN_11DB = 3;

  private final int pin;
  private int atten = ATTN_11DB;
  private int width = 12;

  /** {@code machine.ADC(pin)}: attenuation 11 dB, 12 bits. */
  public ADC(Pin pin) {
    this.pin = PinIds.of(pin);
    if (!Analog.isAdcPin(this.pin)) {
      throw new IllegalArgumentException("invalid pin");
    }
  }

  /** {@code machine.ADC(pin, atten=a)}. */
  public ADC(Pin pin, @PyKeyword("atten") int atten) {
    this(pin);
    atten(atten);
  }

  /** {@code adc.atten(a)}. */
  public void atten(int a) {
    if (a < ATTN_0DB || a > ATTN_11DB) {
      throw new IllegalArgumentException("invalid attenuation");
    }
    atten = a;
  }

  /** {@code adc.width(bits)}: 9 to 12 bits for {@link #read()}. */
  public void width(int bits) {
    if (bits < 9 || bits > 12) {
      throw new IllegalArgumentException("invalid bit-width");
    }
    width = bits;
  }

  /** {@code adc.read()}: the raw reading at the set width. */
  public int read() {
    return Hw.get().analog.readRaw12(pin, atten) >> (12 - width);
  }

  /** {@code adc.read_u16()}: 0..65535, the raw reading scaled as the port scales it. */
  public int readU16() {
    int raw = Hw.get().analog.readRaw12(pin, atten) >> (12 - width);
    return (raw << (16 - width)) | (raw >> (2 * width - 16));
  }

  /** {@code adc.read_uv()}: calibrated microvolts (whole millivolts on the ESP32). */
  public int readUv() {
    int raw = Hw.get().analog.readRaw12(pin, atten) >> (12 - width) << (12 - width);
    return (int) Analog.rawToUv(raw, atten);
  }
}
