import labels

labels.main()
