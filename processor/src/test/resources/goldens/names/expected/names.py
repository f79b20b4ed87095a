count = 1
max_value = 3


def count2(in_, is_, pass_, len_):
    print_ = in_ + is_
    count_ = print_ + pass_ + len_
    return count_ + count


def get_http_response_code(str_):
    none = str_
    return none


def side_effect():
    global count
    max_value_ = 4
    count = max_value_ + max_value
