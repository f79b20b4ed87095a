import dq

dq.main()
