import sys

from lotsendesk.cli import main

sys.exit(main())
