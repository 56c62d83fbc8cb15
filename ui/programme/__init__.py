"""The programme view: a client's locations compared wave by wave, and the dialogs that feed it."""
