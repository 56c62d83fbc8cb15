"""One open audit: header, status flow and the tabs of its panes."""
