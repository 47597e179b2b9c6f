<?php
if (!defined('ABSPATH')) {
    exit;
}

/**
 * Whether `$bytes` is a well-formed Yjs update (version 1, what Y.encodeStateAsUpdate and
 * Y.mergeUpdates write): every struct group, struct and content, then the delete set, read to the
 * last byte with nothing left over. A row that passes decodes in Yjs; one that does not would make
 * every desk's pull of the post fail, so it is never stored. This reads the structure only (the
 * layout of yjs/src/utils/UpdateDecoder.js UpdateDecoderV1 and lib0/decoding.js readAny); what the
 * content means is Yjs's business.
 */
function copydesk_is_yjs_update($bytes) {
    $reader = new Copydesk_Yjs_Reader($bytes);
    try {
        $groups = $reader->uint();
        for ($g = 0; $g < $groups; $g++) {
            $structs = $reader->uint();
            $reader->uint(); // client
            $reader->uint(); // first clock
            for ($s = 0; $s < $structs; $s++) {
                copydesk_read_yjs_struct($reader);
            }
        }
        $clients = $reader->uint();
        for ($c = 0; $c < $clients; $c++) {
            $reader->uint(); // client
            $ranges = $reader->uint();
            for ($r = 0; $r < $ranges; $r++) {
                $reader->uint(); // clock
                $reader->uint(); // length
            }
        }
        return $reader->at_end();
    } catch (Copydesk_Yjs_Malformed $e) {
        return false;
    }
}

function copydesk_read_yjs_struct(Copydesk_Yjs_Reader $reader) {
    $info = $reader->byte();
    $ref = $info & 0x1f;
    if ($ref === 0 || $ref === 10) { // GC, Skip: a length
        $reader->uint();
        return;
    }
    if ($info & 0x80) { // origin
        $reader->uint();
        $reader->uint();
    }
    if ($info & 0x40) { // right origin
        $reader->uint();
        $reader->uint();
    }
    if (($info & 0xc0) === 0) { // no origin: the parent is named
        if ($reader->uint() === 1) {
            $reader->string(); // a root type's name
        } else {
            $reader->uint(); // the parent item's id
            $reader->uint();
        }
        if ($info & 0x20) {
            $reader->string(); // the key in a map parent
        }
    }
    switch ($ref) {
        case 1: // Deleted
            $reader->uint();
            break;
        case 2: // JSON: strings
            for ($n = $reader->uint(), $i = 0; $i < $n; $i++) {
                $reader->string();
            }
            break;
        case 3: // Binary
        case 4: // String
        case 5: // Embed (JSON as a string)
            $reader->string();
            break;
        case 6: // Format: key, JSON value
            $reader->string();
            $reader->string();
            break;
        case 7: // Type
            $type = $reader->uint();
            if ($type > 6) {
                throw new Copydesk_Yjs_Malformed();
            }
            if ($type === 3 || $type === 5) { // XmlElement, XmlHook: a name
                $reader->string();
            }
            break;
        case 8: // Any
            for ($n = $reader->uint(), $i = 0; $i < $n; $i++) {
                $reader->any(0);
            }
            break;
        case 9: // Doc: guid, options
            $reader->string();
            $reader->any(0);
            break;
        default:
            throw new Copydesk_Yjs_Malformed();
    }
}

class Copydesk_Yjs_Malformed extends Exception {
}

/** lib0's encoding, read forward; any overrun or out-of-range value throws. */
class Copydesk_Yjs_Reader {
    private $bytes;
    private $length;
    private $pos = 0;

    public function __construct($bytes) {
        $this->bytes = $bytes;
        $this->length = strlen($bytes);
    }

    public function at_end() {
        return $this->pos === $this->length;
    }

    public function byte() {
        if ($this->pos >= $this->length) {
            throw new Copydesk_Yjs_Malformed();
        }
        return ord($this->bytes[$this->pos++]);
    }

    /** An unsigned varint of at most 53 bits (lib0 readVarUint). */
    public function uint() {
        $value = 0;
        $shift = 0;
        while (true) {
            $b = $this->byte();
            $value += ($b & 0x7f) * (2 ** $shift);
            if ($b < 0x80) {
                return (int) $value;
            }
            $shift += 7;
            if ($shift > 49) {
                throw new Copydesk_Yjs_Malformed();
            }
        }
    }

    /** A signed varint (lib0 readVarInt): sign in the first byte's 0x40. */
    public function int() {
        $b = $this->byte();
        $shift = 6;
        while ($b & 0x80) {
            $b = $this->byte();
            $shift += 7;
            if ($shift > 55) {
                throw new Copydesk_Yjs_Malformed();
            }
        }
    }

    /** A length-prefixed byte string (readVarString, readVarUint8Array): skipped. */
    public function string() {
        $length = $this->uint();
        if ($length > $this->length - $this->pos) {
            throw new Copydesk_Yjs_Malformed();
        }
        $this->pos += $length;
    }

    public function skip($count) {
        if ($count > $this->length - $this->pos) {
            throw new Copydesk_Yjs_Malformed();
        }
        $this->pos += $count;
    }

    /** lib0 readAny, nesting at most 100 deep. */
    public function any($depth) {
        if ($depth > 100) {
            throw new Copydesk_Yjs_Malformed();
        }
        $type = $this->byte();
        switch ($type) {
            case 127: // undefined
            case 126: // null
            case 121: // false
            case 120: // true
                return;
            case 125:
                $this->int();
                return;
            case 124: // float32
                $this->skip(4);
                return;
            case 123: // float64
            case 122: // bigint64
                $this->skip(8);
                return;
            case 119: // string
            case 116: // Uint8Array
                $this->string();
                return;
            case 118: // object: key, value
                for ($n = $this->uint(), $i = 0; $i < $n; $i++) {
                    $this->string();
                    $this->any($depth + 1);
                }
                return;
            case 117: // array
                for ($n = $this->uint(), $i = 0; $i < $n; $i++) {
                    $this->any($depth + 1);
                }
                return;
            default:
                throw new Copydesk_Yjs_Malformed();
        }
    }
}
