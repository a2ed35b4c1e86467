#!/usr/bin/env python3
"""A Koji-like hub in stdlib Python for the Java client: allow_none, Koji's <i8> marshalling, Koji-Version
on every answer, koji.decode_args for keywords, sessions with call numbers, AuthExpired renewal, multiCall,
and a fault whose faultCause carries a Java serialized object. It records every request's session headers.

Prints LISTENING <port> once it accepts connections.
"""
import datetime
import xmlrpc.client
from xmlrpc.client import Fault
from xmlrpc.server import SimpleXMLRPCRequestHandler, SimpleXMLRPCServer


def dump_int(self, value, write):
    # koji/xmlrpcplus.py ExtendedMarshaller: ints beyond 32 bits travel as plain <i8>
    if value > 2 ** 63 - 1 or value < -2 ** 63:
        raise OverflowError("int exceeds XML-RPC limits")
    tag = 'int' if -2 ** 31 <= value <= 2 ** 31 - 1 else 'i8'
    write('<value><%s>%d</%s></value>\n' % (tag, value, tag))


xmlrpc.client.Marshaller.dispatch[int] = dump_int


def decode_args(*args):
    """koji.decode_args"""
    opts = {}
    if args:
        last = args[-1]
        if isinstance(last, dict) and last.get('__starstar', False):
            opts = last.copy()
            del opts['__starstar']
            args = args[:-1]
    return args, opts


HEADERS = {}
SEEN = []
STATE = {'expired': False, 'keys': 0}
SESSION_ID = 107


def session_headers():
    return {
        'method': HEADERS.get('method'),
        'session_id': HEADERS.get('koji-session-id'),
        'session_key': HEADERS.get('koji-session-key'),
        'callnum': HEADERS.get('koji-session-callnum'),
        'user_agent': HEADERS.get('user-agent'),
    }


def new_session_info():
    STATE['keys'] += 1
    return {'session-id': SESSION_ID, 'session-key': '%d-key-%d' % (SESSION_ID, STATE['keys']), 'header-auth': True}


def login(*params):
    args, opts = decode_args(*params)
    user, password = args
    if password != 'secret':
        raise Fault(1002, 'invalid username or password')
    if opts.get('renew'):
        if HEADERS.get('koji-session-id') != str(SESSION_ID):
            raise Fault(1002, 'renewal without the session')
        STATE['expired'] = False
    SEEN[-1]['opts'] = opts
    return new_session_info()


def logout(*params):
    args, opts = decode_args(*params)
    SEEN[-1]['opts'] = opts
    return None


def subsession():
    return {'session-id': 108, 'session-key': 'sub-key', 'header-auth': True}


def expire_session():
    STATE['expired'] = True
    return True


def whoami():
    return session_headers()


def echo(*args):
    return list(args)


def describe(*args):
    """How Python sees what the Java client sent."""
    return repr(args)


def kwargs(*params):
    args, opts = decode_args(*params)
    return {'args': list(args), 'opts': opts}


def sample():
    return {
        'epoch': None,
        'size': 5000000000,
        'small': 7,
        'negative': -5000000000,
        'tags': ['f42', None],
        'name': 'žluťoučký kůň \U0001F427',
        'empty': [[], {}],
        'flag': True,
        'off': False,
        'blob': b'\x00\xff',
        'when': datetime.datetime(2024, 1, 2, 3, 4, 5),
        'ratio': 0.5,
        'nested': {'a': {'b': [None]}},
    }


def nothing():
    return None


def fault(code, text):
    raise Fault(code, text)


def seen():
    return SEEN


def multiCall(calls):
    """Koji's multiCall: [result] per success, a fault struct per failure."""
    results = []
    for call in calls:
        try:
            results.append([SERVER.funcs[call['methodName']](*call['params'])])
        except Fault as error:
            results.append({'faultCode': error.faultCode, 'faultString': error.faultString})
    return results


def malicious_fault(payload):
    return ("<?xml version='1.0'?>\n<methodResponse>\n<fault>\n<value><struct>\n"
            "<member>\n<name>faultCode</name>\n<value><int>1000</int></value>\n</member>\n"
            "<member>\n<name>faultString</name>\n<value><string>boom</string></value>\n</member>\n"
            "<member>\n<name>faultCause</name>\n<value><base64>%s</base64></value>\n</member>\n"
            "</struct></value>\n</fault>\n</methodResponse>\n" % payload).encode('utf-8')


class Handler(SimpleXMLRPCRequestHandler):
    rpc_paths = ()

    def do_POST(self):
        HEADERS.clear()
        HEADERS.update({name.lower(): value for name, value in self.headers.items()})
        super().do_POST()

    def end_headers(self):
        self.send_header('Koji-Version', '1.35.3')
        super().end_headers()

    def log_message(self, *args):
        pass


class Server(SimpleXMLRPCServer):

    def _marshaled_dispatch(self, data, dispatch_method=None, path=None):
        params, method = xmlrpc.client.loads(data, use_builtin_types=True)
        HEADERS['method'] = method
        if method != 'seen':
            SEEN.append(session_headers())
        if method == 'maliciousFault':
            return malicious_fault(params[0])
        return super()._marshaled_dispatch(data, dispatch_method, path)

    def _dispatch(self, method, params):
        if STATE['expired'] and method not in ('login', 'logout', 'seen'):
            raise Fault(1007, 'Session expired')
        return super()._dispatch(method, params)


SERVER = Server(('127.0.0.1', 0), requestHandler=Handler, allow_none=True, use_builtin_types=True,
                logRequests=False)
for function in (login, logout, subsession, whoami, echo, describe, kwargs, sample, nothing, fault, seen,
                 multiCall):
    SERVER.register_function(function)
SERVER.register_function(expire_session, 'expireSession')
SERVER.register_function(lambda: 42, 'host.getID')
print('LISTENING %d' % SERVER.server_address[1], flush=True)
SERVER.serve_forever()
