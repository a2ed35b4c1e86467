#!/usr/bin/env python3
"""Calls a hub the way Koji's Python client does and prints one check per line: name<TAB>repr(result)."""
import sys
import xmlrpc.client

proxy = xmlrpc.client.ServerProxy(sys.argv[1], allow_none=True)
print('hello\t%r' % (proxy.hello(),), flush=True)
try:
    proxy.nosuch()
except xmlrpc.client.Fault as fault:
    print('nosuch\t%d %s' % (fault.faultCode, fault.faultString), flush=True)
