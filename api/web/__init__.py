"""The recruiters' web application, served at ``/`` by the API's process (issue 11)."""
