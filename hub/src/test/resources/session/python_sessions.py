#!/usr/bin/env python3
"""Drives a hub's session calls the way koji.ClientSession does (session headers, rising call numbers,
__starstar keyword arguments) and prints one check per line: name<TAB>repr(result) or FAULT <code> <text>.

Usage: python_sessions.py HUB_URL USER PASSWORD
"""
import sys
import xmlrpc.client

URL, USER, PASSWORD = sys.argv[1:4]


class HeaderTransport(xmlrpc.client.Transport):
    def __init__(self):
        super().__init__()
        self.headers = {}

    def send_headers(self, connection, headers):
        for name, value in self.headers.items():
            connection.putheader(name, value)
        super().send_headers(connection, headers)


class Session:
    """Just enough of koji.ClientSession: headers after login, callnum from 0, kwargs as __starstar."""

    def __init__(self, url):
        self.transport = HeaderTransport()
        self.proxy = xmlrpc.client.ServerProxy(url, transport=self.transport, allow_none=True)
        self.callnum = None
        self.sinfo = None

    def call(self, method, *args, **kwargs):
        if kwargs:
            kwargs['__starstar'] = True
            args = args + (kwargs,)
        if self.sinfo:
            self.transport.headers = {'Koji-Session-Id': str(self.sinfo['session-id']),
                                      'Koji-Session-Key': self.sinfo['session-key'],
                                      'Koji-Session-Callnum': str(self.callnum)}
            self.callnum += 1
        return getattr(self.proxy, method)(*args)

    def login(self, user, password):
        self.sinfo = self.call('login', user, password, opts=None)
        self.callnum = 0
        return self.sinfo


def report(name, thunk):
    try:
        value = repr(thunk())
    except xmlrpc.client.Fault as fault:
        value = 'FAULT %d %s' % (fault.faultCode, fault.faultString)
    print('%s\t%s' % (name, value), flush=True)


anon = Session(URL)
report('anonymous user', lambda: anon.call('getLoggedInUser'))
report('wrong password', lambda: Session(URL).login(USER, 'wrong'))

alice = Session(URL)
info = alice.login(USER, PASSWORD)
print('login keys\t%r' % sorted(info.keys()), flush=True)
report('logged in user', lambda: alice.call('getLoggedInUser')['name'])
report('api version', lambda: alice.call('getAPIVersion'))

# replay the last call number: Koji's RetryError; go back further: SequenceError
alice.callnum -= 1
report('replayed callnum', lambda: alice.call('getAPIVersion'))
alice.callnum -= 2
report('lower callnum', lambda: alice.call('getAPIVersion'))
alice.callnum += 10
report('after a jump', lambda: alice.call('getAPIVersion'))

forged = Session(URL)
forged.sinfo = {'session-id': info['session-id'], 'session-key': info['session-key'] + 'x'}
forged.callnum = 100
report('wrong key', lambda: forged.call('getLoggedInUser'))

report('multicall', lambda: alice.call('multiCall', [
    {'methodName': 'getAPIVersion', 'params': []},
    {'methodName': 'noSuchMethod', 'params': []},
    {'methodName': 'echo', 'params': ['a', None]},
    {'methodName': 'getLoggedInUser', 'params': [{'bogus': 1, '__starstar': True}]},
]))
report('unknown keyword', lambda: alice.call('getLoggedInUser', bogus=1))
report('logout', lambda: alice.call('logout', session_id=None))
report('after logout', lambda: alice.call('getLoggedInUser'))
