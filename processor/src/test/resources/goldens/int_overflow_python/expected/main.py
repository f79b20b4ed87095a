import wrap

wrap.main()
