"""Qt widgets, pages, dialogs and thin table models. Calls services; never SQL."""
