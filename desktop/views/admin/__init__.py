"""The *Administration* area: head office's administrators manage companies, routes, intake keys
and people; partner administrators their own company's people; everyone their own devices."""
