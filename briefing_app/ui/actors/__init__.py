"""The actors: the Actors panel, the curation actions, the actors map and its dock."""
