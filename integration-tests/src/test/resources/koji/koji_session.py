"""What koji.ClientSession does on the wire, in the standard library alone, for the integration tests'
scripts: one persistent HTTP connection; after login the session id and key and a call number that
starts at 0 and rises with every request (fast uploads included); keyword arguments sent as Koji's
trailing struct with __starstar. Also reports: one check per line, name<TAB>repr(value).
"""
import http.client
import sys
import urllib.parse
import xmlrpc.client


class KojiSession:
    """koji.ClientSession in miniature. `sent` records every request as (method, callnum, params)."""

    def __init__(self, url):
        self.url = urllib.parse.urlsplit(url)
        self.conn = http.client.HTTPConnection(self.url.hostname, self.url.port, timeout=60)
        self.sinfo = None
        self.callnum = None
        self.sent = []
        self.koji_versions = set()

    def _headers(self, content_type):
        headers = {'User-Agent': 'koji/1', 'Content-Type': content_type}
        callnum = None
        if self.sinfo is not None:
            callnum = self.callnum
            headers['Koji-Session-Id'] = str(self.sinfo['session-id'])
            headers['Koji-Session-Key'] = self.sinfo['session-key']
            headers['Koji-Session-Callnum'] = str(callnum)
            self.callnum += 1
        return headers, callnum

    def post(self, path, body, headers):
        """Sends one request; answers (HTTP status, body). The connection is reopened when the hub closed it."""
        try:
            self.conn.request('POST', path, body=body, headers=headers)
        except (BrokenPipeError, ConnectionResetError):
            # the hub answered (413) and closed before reading everything; its answer is still there to read
            pass
        response = self.conn.getresponse()
        data = response.read()
        version = response.getheader('Koji-Version')
        if version is not None:
            self.koji_versions.add(version)
        if response.getheader('Connection', '').lower() == 'close':
            self.conn.close()
        return response.status, data

    def call(self, method, *args, **kwargs):
        """Calls a method; a fault raises xmlrpc.client.Fault, as Koji's client does before converting it."""
        params = list(args)
        if kwargs:
            params.append(dict(kwargs, __starstar=True))
        headers, callnum = self._headers('text/xml')
        self.sent.append((method, callnum, params))
        body = xmlrpc.client.dumps(tuple(params), method, allow_none=True).encode('utf-8')
        status, data = self.post(self.url.path, body, headers)
        if status != 200:
            raise RuntimeError('%s: HTTP %d %r' % (method, status, data))
        return xmlrpc.client.loads(data)[0][0]

    def login(self, user, password):
        """login(user, password, opts=None) without session headers; later calls carry the session."""
        self.sinfo = self.call('login', user, password, opts=None)
        self.callnum = 0
        return self.sinfo

    def logout(self):
        """logout(session_id=None) as the container-build plugin sends it; later calls are anonymous."""
        if self.sinfo is None:
            return None
        result = self.call('logout', session_id=None)
        self.sinfo = None
        self.callnum = None
        return result

    def raw_upload(self, chunk, offset, path, name, overwrite=False):
        """The fast upload: the chunk as the body of a POST whose query names the file; a call number too."""
        args = {'filename': name, 'filepath': path, 'fileverify': 'adler32', 'offset': str(offset)}
        if overwrite:
            args['overwrite'] = '1'
        headers, callnum = self._headers('application/octet-stream')
        self.sent.append(('rawUpload', callnum, [path, name, offset]))
        status, data = self.post(self.url.path + '?' + urllib.parse.urlencode(args), chunk, headers)
        if status != 200:
            raise RuntimeError('upload: HTTP %d %r' % (status, data))
        return xmlrpc.client.loads(data)[0][0]


def outcome(call):
    """What a call answered, or FAULT <code> <text> for a fault."""
    try:
        return repr(call())
    except xmlrpc.client.Fault as fault:
        return 'FAULT %d %s' % (fault.faultCode, fault.faultString)


def report(name, value):
    print('%s\t%r' % (name, value), flush=True)


def report_call(name, call):
    print('%s\t%s' % (name, outcome(call)), flush=True)


def fail(message):
    print(message, file=sys.stderr, flush=True)
    sys.exit(1)
