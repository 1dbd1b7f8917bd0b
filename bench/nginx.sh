# Sourced by the proxy benchmarks: start_nginx WORK UPSTREAM_PORT LISTEN_PORT starts nginx 1.x as a
# reverse proxy on 127.0.0.1:LISTEN_PORT to 127.0.0.1:UPSTREAM_PORT, with one worker and kept-alive
# upstream connections, its files in WORK (its pid in WORK/nginx.pid).
start_nginx() {
  local work=$1 upstream=$2 listen=$3
  cat >"$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  upstream workload { server 127.0.0.1:$upstream; keepalive 128; }
  server {
    listen 127.0.0.1:$listen;
    location / {
      proxy_pass http://workload;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
NGINX
  nginx -c "$work/nginx.conf" -p "$work"
}
