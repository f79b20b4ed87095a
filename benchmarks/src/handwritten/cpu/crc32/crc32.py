# CRC-32 (IEEE) of a 64 KiB buffer, table-driven, forty times with a changed byte each time.


def make_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = 0xEDB88320 ^ (c >> 1) if c & 1 else c >> 1
        table.append(c)
    return table


TABLE = make_table()


def crc(data):
    table = TABLE
    c = 0xFFFFFFFF
    for b in data:
        c = table[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def main():
    data = bytearray(65536)
    for i in range(len(data)):
        data[i] = (i * 31 + (i >> 8)) & 0xFF
    for r in range(40):
        data[r * 1000] ^= 0x5A
        print("crc %d: %x" % (r, crc(data)))
