def main():
    print("hello from", __name__)
