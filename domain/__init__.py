"""The domain's words and read models, in plain Python: below db/, the services and front ends."""
