import sieve

sieve.main()
