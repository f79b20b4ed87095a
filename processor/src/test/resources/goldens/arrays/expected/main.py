import arr

arr.main([])
