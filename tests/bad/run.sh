#!/usr/bin/env bash
# Placeholder until the corpus runner lands.
exit 0
