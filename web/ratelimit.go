package web

import (
	"math"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/gin-gonic/gin"
	"golang.org/x/time/rate"
)

// Defaults of the API's rate limit per client.
const (
	DefaultAPIRate  = 20 // requests a second
	DefaultAPIBurst = 40
)

// Bounds on the rate limiter's memory.
const (
	limiterSweepEvery = time.Minute
	limiterMaxClients = 50000 // beyond this, new clients share one bucket
)

// clientLimiter is a token bucket per client address. A client whose
// bucket has been idle long enough to refill completely is forgotten:
// a new bucket for it would be the same, so dropping it loses nothing,
// and the map holds only the clients of the last few seconds.
type clientLimiter struct {
	limit rate.Limit
	burst int
	idle  time.Duration // time for an empty bucket to refill
	now   func() time.Time

	mu        sync.Mutex
	clients   map[string]*clientBucket
	overflow  *rate.Limiter // shared by new clients while the map is full
	lastSweep time.Time
}

type clientBucket struct {
	lim  *rate.Limiter
	seen time.Time
}

// newClientLimiter returns a limiter of r requests a second with bursts
// of burst per client; r < 0 turns it off (nil), 0 means the defaults.
func newClientLimiter(r float64, burst int) *clientLimiter {
	if r < 0 || math.IsInf(r, 1) || math.IsNaN(r) {
		return nil
	}
	if r == 0 {
		r = DefaultAPIRate
	}
	if burst <= 0 {
		burst = DefaultAPIBurst
	}
	idle := time.Duration(float64(burst) / r * float64(time.Second))
	if idle < time.Second {
		idle = time.Second
	}
	l := &clientLimiter{
		limit: rate.Limit(r), burst: burst, idle: idle, now: time.Now,
		clients: map[string]*clientBucket{},
	}
	l.overflow = rate.NewLimiter(l.limit, l.burst)
	l.lastSweep = l.now()
	return l
}

// allow takes a token for client; when there is none it returns how
// long until there will be.
func (l *clientLimiter) allow(client string) (bool, time.Duration) {
	now := l.now()
	l.mu.Lock()
	if since := now.Sub(l.lastSweep); since >= limiterSweepEvery || (len(l.clients) >= limiterMaxClients && since >= l.idle) {
		l.sweep(now)
	}
	b, ok := l.clients[client]
	var lim *rate.Limiter
	switch {
	case ok:
		b.seen = now
		lim = b.lim
	case len(l.clients) < limiterMaxClients:
		lim = rate.NewLimiter(l.limit, l.burst)
		l.clients[client] = &clientBucket{lim: lim, seen: now}
	default:
		lim = l.overflow
	}
	l.mu.Unlock()

	res := lim.ReserveN(now, 1)
	if !res.OK() {
		return false, l.idle
	}
	if d := res.DelayFrom(now); d > 0 {
		res.CancelAt(now)
		return false, d
	}
	return true, 0
}

// sweep forgets the clients idle long enough to have a full bucket.
// The caller holds l.mu.
func (l *clientLimiter) sweep(now time.Time) {
	for k, b := range l.clients {
		if now.Sub(b.seen) >= l.idle {
			delete(l.clients, k)
		}
	}
	l.lastSweep = now
}

// size is the number of clients remembered.
func (l *clientLimiter) size() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.clients)
}

// clientKey is the address a client is limited by: its IP, or for IPv6
// its /64, which one client commonly holds whole.
func clientKey(c *gin.Context) string {
	ip := net.ParseIP(c.ClientIP())
	if ip == nil {
		return c.ClientIP()
	}
	if ip4 := ip.To4(); ip4 != nil {
		return ip4.String()
	}
	return ip.Mask(net.CIDRMask(64, 128)).String()
}

// rateLimit answers 429 with Retry-After to a client over its limit.
func (s *server) rateLimit(l *clientLimiter) gin.HandlerFunc {
	return func(c *gin.Context) {
		if l == nil {
			c.Next()
			return
		}
		ok, wait := l.allow(clientKey(c))
		if ok {
			c.Next()
			return
		}
		secs := int(math.Ceil(wait.Seconds()))
		if secs < 1 {
			secs = 1
		}
		c.Header("Retry-After", strconv.Itoa(secs))
		c.Header("Cache-Control", "no-store")
		c.AbortWithStatusJSON(http.StatusTooManyRequests, gin.H{"error": "too many requests"})
	}
}
