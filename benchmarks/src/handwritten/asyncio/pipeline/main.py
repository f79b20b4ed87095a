import pipeline

pipeline.main()
