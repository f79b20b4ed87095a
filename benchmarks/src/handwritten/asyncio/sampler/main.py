import sampler

sampler.main()
