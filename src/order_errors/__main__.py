import sys

from order_errors.cli import main

sys.exit(main())
