class ShapeError(Exception):
    def __init__(self, message, code):
        super().__init__(message)
        self.code = 0
        self.code = code

    def code_(self):
        return self.code
