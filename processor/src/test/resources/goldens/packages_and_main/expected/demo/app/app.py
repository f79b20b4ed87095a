def main():
    print(math_util.square(math_util.BASE))
    util = math_util.MathUtil(2)
    print(util.scale(21))


# imported last, so that these modules may import this one
from demo.util import math_util
