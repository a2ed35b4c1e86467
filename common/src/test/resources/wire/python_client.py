#!/usr/bin/env python3
"""A Koji-style Python client calling a Java server: stdlib xmlrpc.client with allow_none, its int marshalling
patched the way koji.xmlrpcplus.ExtendedMarshaller does it. Prints one check per line: name<TAB>repr(result),
or FAULT <code> <repr(faultString)>.

Usage: python_client.py URL
"""
import datetime
import http.client
import sys
import urllib.error
import urllib.parse
import urllib.request
import xmlrpc.client


def dump_int(self, value, write):
    # koji/xmlrpcplus.py: stock Python refuses ints beyond 32 bits; Koji sends them as plain <i8>
    if value > 2 ** 63 - 1 or value < -2 ** 63:
        raise OverflowError("int exceeds XML-RPC limits")
    tag = 'int' if -2 ** 31 <= value <= 2 ** 31 - 1 else 'i8'
    write('<value><%s>%d</%s></value>\n' % (tag, value, tag))


xmlrpc.client.Marshaller.dispatch[int] = dump_int


def encode_args(*args, **opts):
    """koji.encode_args"""
    if opts:
        opts['__starstar'] = True
        args = args + (opts,)
    return args


URL = sys.argv[1]
PROXY = xmlrpc.client.ServerProxy(URL, allow_none=True, use_builtin_types=True)


def report(name, call):
    try:
        value = repr(call())
    except xmlrpc.client.Fault as fault:
        value = 'FAULT %d %r' % (fault.faultCode, fault.faultString)
    except Exception as error:  # report and go on: one broken check must not hide the others
        value = 'ERROR %s: %s' % (type(error).__name__, error)
    print('%s\t%s' % (name, value), flush=True)


def post_raw(body):
    parts = urllib.parse.urlsplit(URL)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    connection.request('POST', parts.path, body=body, headers={'Content-Type': 'text/xml'})
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response, data


def raw_penguin():
    response, data = post_raw(xmlrpc.client.dumps(('\U0001F427',), 'echo', allow_none=True).encode('utf-8'))
    return (response.status, response.getheader('Content-Type'), response.getheader('Koji-Version'),
            '\U0001F427'.encode('utf-8') in data, b'&#' in data)


def http_get():
    try:
        urllib.request.urlopen(URL, timeout=30)
        return 'no error'
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get('Allow'), error.headers.get('Koji-Version'), error.read().decode()


report('echo_values', lambda: PROXY.echo(
    None, [None, 1, [None]], {'epoch': None, 'empty': {}, 'list': []}, [], {}, [[[]]],
    True, False, 2 ** 31 - 1, -2 ** 31, 5000000000, -5000000000,
    'žluťoučký kůň \U0001F427', b'\x00\x01\xff', datetime.datetime(2024, 1, 2, 3, 4, 5), 1.5, 1e300))
report('none', lambda: PROXY.nothing())
report('big', lambda: PROXY.big())
report('kwargs', lambda: PROXY.getTaskInfo(*encode_args(4242, request=True)))
report('kwargs_nil', lambda: PROXY.login(*encode_args('alice', 'secret', opts=None)))
report('fault1000', lambda: PROXY.noSuchMethod())
report('fault1005', lambda: PROXY.failBuild())
report('fault1019', lambda: PROXY.getTaskInfo(*encode_args(1, foo=1)))
report('fault2001', lambda: PROXY.containerFail())
report('fault1', lambda: PROXY.crash())
report('unencodable', lambda: PROXY.unsendable())
report('raw_penguin', raw_penguin)
report('get', http_get)
report('after_all', lambda: PROXY.echo('still here'))
