import machine


def _jfilled(buf, result, data):
    for i in range(len(data)):
        buf[i] = (data[i] + 128 & 255) - 128
    return result


def main():
    pump = machine.Pin(5, machine.Pin.OUT)
    pump.value(1)
    i2c = machine.I2C(0, scl=machine.Pin(22), sda=machine.Pin(21), freq=400000)
    i2c.writeto_mem(0x76, 0xF4, bytes([x & 255 for x in [0x27]]))
    raw = i2c.readfrom_mem(0x76, 0xF7, 3)
    i2c.writeto_mem(0x76, 0xF5, bytes([x & 255 for x in raw]))
    buf = [0] * 3
    _jfilled(buf, i2c.readfrom_mem_into(0x76, 0xF7, (_buf := bytearray(len(buf)))), _buf)
    print((buf[0] + 128 & 255) - 128 + ((raw[1] + 128 & 255) - 128))
    if machine.reset_cause() == machine.DEEPSLEEP_RESET:
        print("woke")
