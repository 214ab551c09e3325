"""Attribution knowledge shared by the quotes and claims stages.

- :mod:`newsgraph.attribution.marks`: finds quoted spans in raw text, whatever
  the quote-mark style (straight, curly, guillemets, single), including
  mismatched pairs and quotes that run over a paragraph break.
- :mod:`newsgraph.attribution.lexicon`: cue verbs of speech and writing, and
  the speech-and-writing subset used to score PolNeAR recall.
- :mod:`newsgraph.attribution.numbers`: parses numerals and number words
  ("20,000", "1.5 million", "twenty-five", "dozens") and their bounds.
"""
