from eventx.cli import run

run()
