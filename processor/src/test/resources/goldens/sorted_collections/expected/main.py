import sorted_

sorted_.main()
