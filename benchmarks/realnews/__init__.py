"""The real-news dev set: labels of public news passages (texts kept out of git, in a local cache)."""
