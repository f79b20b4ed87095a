import _jmpy


class ShapeError(_jmpy.RuntimeException):
    _jname = "shapes.ShapeError"

    def __init__(self, message, code):
        self.code = 0
        super().__init__(message)
        self.code = code

    def code_(self):
        return self.code
