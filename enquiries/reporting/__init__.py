"""Reporting, pure: an enquiry's events become facts (offer rounds, later steps), facts become
measures grouped by dimensions, for head office or for one partner. No SQL, no HTTP.

facts.py       events -> one enquiry's facts (rounds, steps, dimension values)
regions.py     postcode area and subdivision of an enquiry
units.py       the facts one viewer may count (a partner: its own rounds, renumbered)
measures.py    the measures of a set of units (counts, rates, medians and p90)
dimensions.py  dimension keys and labels, periods in a time zone, period comparison
pivot.py       rows x columns with every cell, the row and column totals and the grand total
"""
