"""GeoNames gazetteer look-ups and event location."""
