import sys

from eventx.cli import main

sys.exit(main())
