import fmt

fmt.main()
