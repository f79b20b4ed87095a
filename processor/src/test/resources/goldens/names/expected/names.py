def _w32(v):
    if (v >> 31) + 1 >> 1:
        return (v + 2147483648 & 4294967295) - 2147483648
    return v


count = 1
max_value = 3


def count2(in_, is_, pass_, len_):
    print_ = _w32(in_ + is_)
    count_ = _w32(print_ + pass_ + len_)
    return _w32(count_ + count)


def get_http_response_code(str_):
    none = str_
    return none


def side_effect():
    global count
    max_value_ = 4
    count = _w32(max_value_ + max_value)
