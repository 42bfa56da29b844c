#!/usr/bin/env python3
"""Writes the held-out eval corpora: ../real/rebuild.py pointed at the facts.json beside this script.
usage: rebuild.py TEXTS_DIR OUT_DIR"""
import os, runpy, sys

here = os.path.dirname(os.path.abspath(__file__))
if len(sys.argv) != 3:
    sys.exit(__doc__)
sys.argv = [sys.argv[0], sys.argv[1], sys.argv[2], os.path.join(here, 'facts.json')]
runpy.run_path(os.path.join(here, '..', 'real', 'rebuild.py'), run_name='__main__')
