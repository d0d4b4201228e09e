"""County sync in the GUI: the station's 县级同步 page pieces (preview dialog, period
chooser, key/enrollment/export actions) and the words both the station and the county
center show for a bundle's vocabulary (``words``)."""
