"""``python -m briefing_app`` does what ``briefing-app`` does."""

import sys

from briefing_app.cli import main

sys.exit(main())
