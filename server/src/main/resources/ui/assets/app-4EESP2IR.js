var k,je,Bt,F,ge,oe,qe,te,Ge,ve,be,Wt,J=Symbol.for("pv"),ae={},ie=[],jt=/^m(i|n|o|s|text|space)$/,$e=Array.isArray,se=ie.slice,H=Object.assign;function j(e){e&&e.parentNode&&e.remove()}function Ke(e,t,r){var o,a,n,i={},s=arguments.length;for(n in t)n=="key"?o=t[n]:n=="ref"&&typeof e!="function"?a=t[n]:i[n]=t[n];return s>2&&(i.children=s>3?se.call(arguments,2):r),K(e,i,o,a,null)}function Ve(e,t,r){var o,a,n,i=H({},e.props),s=arguments.length;for(n in t)n=="key"?o=t[n]:n=="ref"&&typeof e.type!="function"?a=t[n]:i[n]=t[n];return s>2&&(i.children=s>3?se.call(arguments,2):r),K(e.type,i,o!==void 0?o:e.key,a!==void 0?a:e.ref,null)}function K(e,t,r,o,a){var n={type:e,props:t,key:r,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:J,__v:a||++je,__i:-1,__u:0};return!a&&k.vnode&&k.vnode(n),n}function le(e){return e.children}function re(e,t){this.props=e,this.context=t,this.__g=0}function z(e,t){if(t==null)return e.__&&z(e.__,e.__i+1);for(var r;t<e.__k.length;t++)if((r=e.__k[t])&&r.__e)return r.__e;return typeof e.type!="function"||e.props.__P?null:z(e)}function qt(e){var t,r=e.__v,o=r.__e,a=[],n=[],i=e.__P;i&&((t=H({constructor:J},r)).__v=r.__v+1,k.vnode&&k.vnode(t),ye(i,t,r,e.__n,i.namespaceURI,32&r.__u?[o]:null,a,o||z(r),32&r.__u,n),t.__v=r.__v,t.__.__k[t.__i]=t,et(a,t,n),r.__=r.__e=null,t.__e!=o&&Je(t))}function Je(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),Je(e)}function Be(e){(8&e.__g||(e.__g|=8,F.push(e),oe++))&&ge==k.debounceRendering||((ge=k.debounceRendering)||queueMicrotask)(Ye)}function Ye(){try{for(var e,t=1;F.length;)F.length>t&&F.sort(qe),e=F.shift(),t=F.length,8&e.__g&&qt(e)}finally{(oe=F.length)&&(ge||queueMicrotask)(Ye)}}function Xe(e,t,r,o,a,n,i,s,u,p,c){var h,_,l,g,m,f,y=o.__k||ie,$=t.length;for(u=Gt(r,t,y,u,$),h=0;h<$;h++)(l=r.__k[h])!=null&&(_=~l.__i&&y[l.__i]||ae,l.__i=h,f=ye(e,l,_,a,n,i,s,u,p,c),g=l.__e,(_.ref!=l.ref||8&_.__u)&&(_.ref&&we(_.ref,null,l,_),l.ref&&c.push(l.ref,l.__c||g,l)),m=m||g,4&l.__u?(u=Ze(l,u,e,!_.__v),_.__e&&(_.__e=null)):typeof l.type=="function"&&f!==void 0?u=f:g&&(u=g.nextSibling),l.__u&=-21);return r.__e=m,u}function Gt(e,t,r,o,a){var n,i,s,u,p,c,h,_,l,g=r.length,m=g,f=0,y=0,$=e.__k=Array(a);for(n=0;n<a;n++)(i=t[n])!=null&&typeof i!="boolean"&&typeof i!="function"?(typeof i!="object"||i.constructor===String?i=$[n]=K(null,i):$e(i)?i=$[n]=K(le,{children:i}):i.constructor===J&&i.__b?i=$[n]=K(i.type,i.props,i.key,i.ref,i.__v):$[n]=i,u=n+f,i.__=e,i.__b=e.__b+1,s=null,~(p=i.__i=Kt(i,r,u,m))&&(m--,(s=r[p])&&(s.__u|=2)),s&&s.__v?(i.__u|=16,p==u-1?f--:p==u+1?f++:p!=u&&(p>u?f--:f++,y=1)):(~p||(a>g?f--:a<g&&f++),typeof i.type!="function"&&(i.__u|=4))):$[n]=null;if(y){for(c=[],h=[],n=0;n<a;n++)if((i=$[n])&&16&i.__u){for(f=0,_=c.length;f<_;)c[l=f+_>>1]<i.__i?f=l+1:_=l;c[f]=i.__i,h[n]=f+1}for(f=c.length;n--;)h[n]&&(h[n]==f?f--:$[n].__u|=4)}if(m)for(n=0;n<g;n++)!(s=r[n])||2&s.__u||(s.__e==o&&(o=z(s)),ke(s,s));return o}function Ze(e,t,r,o){var a,n,i,s;if(typeof e.type=="function"){if(e.props.__P)return t;if(a=e.__k)for(n=0;n<a.length;n++)a[n]&&(a[n].__=e,t=Ze(a[n],t,r,!1));return t}for(t&&!t.parentNode&&(t=z(e))&&!t.parentNode&&(t=null),i=e.__e,s=t;s&&s.nodeType==8;)s=s.nextSibling;for(i!=s&&(!o&&r.moveBefore&&i.parentNode?r.moveBefore(i,t):r.insertBefore(i,t||null)),t=i;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function Kt(e,t,r,o){var a,n=e.key,i=e.type,s=t[r],u=s&&!(2&s.__u);if(s===null&&n==null||u&&n==s.key&&i==s.type)return r;if(o>(u?1:0)){for(a=r-1;a>=0;a--)if((s=t[a])&&!(2&s.__u)&&n==s.key&&i==s.type)return a;for(a=r+1;a<t.length;a++)if((s=t[a])&&!(2&s.__u)&&n==s.key&&i==s.type)return a}return-1}function We(e,t,r){r==null&&(r=""),t[0]=="-"?e.setProperty(t,r):e[t]=r}function ee(e,t,r,o,a){var n,i;if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof o=="string"&&(e.style.cssText=o=""),o)for(t in o)r&&t in r||We(e.style,t);if(r)for(t in r)o&&r[t]==o[t]||We(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")typeof r!="function"&&(r=null),typeof o!="function"&&(o=null),(e.__e||(e.__e={}))[t]=r,r&&o||(i=be[t]||(be[t]=Vt(t)),(e.__a||(e.__a={}))[t]=ve,n=t!=(t=t.replace(Ge,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),r?e.addEventListener(t,i,n):e.removeEventListener(t,i,n));else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=r??"")}catch{}if(typeof r=="function")return;r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r)}}function Vt(e){return function(t){var r=this.__e;if(r){if(r=r[e],t[te]==null)t[te]=ve++;else if(t[te]<this.__a[e])return;return r(k.event?k.event(t):t)}}}function ye(e,t,r,o,a,n,i,s,u,p){var c,h,_,l,g,m,f,y,$,x,T,B,b,C,N,G,U,W,L=t.type;if(t.constructor!==J)return null;128&r.__u&&(u=32&r.__u,c=r.__c.__z)&&(t.__u|=u,h=n=[],c.nodeType==8?s=ne(c,n):n.push(c),s=n[0]||s),(c=k.__b)&&c(t);e:if(typeof L=="function"){_=i.length;try{if(y=t.props,$=(c=L.prototype)&&c.render,x=(c=L.contextType)&&o[c.__c],T=c?x?x.props.value:c.__:o,(l=r.__c)?(t.__c=l,2&l.__g&&(l.__g|=1)):($?t.__c=l=new L(y,T):(t.__c=l=new re(y,T),l.constructor=L,l.render=Yt),x&&x.sub(l),l.state||(l.state={}),l.__n=o,l.__g|=8,l.__h=[],l.__k=[]),$&&(l.__s||(l.__s=l.state),L.getDerivedStateFromProps&&(l.__s==l.state&&(l.__s=H({},l.__s)),H(l.__s,L.getDerivedStateFromProps(y,l.__s)))),g=l.props,m=l.state,l.__v=t,r.__c){if(y!==g&&$&&!L.getDerivedStateFromProps&&l.componentWillReceiveProps&&l.componentWillReceiveProps(y,T),t.__v==r.__v&&!(8&l.__g)||!(4&l.__g)&&l.shouldComponentUpdate&&l.shouldComponentUpdate(y,l.__s,T)===!1){t.__v!=r.__v&&(l.props=y,l.state=l.__s,l.__g&=-9),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(R){R&&(R.__=t)}),ie.push.apply(l.__h,l.__k),l.__k=[],l.__h.length&&i.push(l),s=z(r);break e}l.componentWillUpdate&&l.componentWillUpdate(y,l.__s,T),$&&l.componentDidUpdate&&l.__h.push(function(){l.componentDidUpdate(g,m,f)})}else $&&!L.getDerivedStateFromProps&&l.componentWillMount&&l.componentWillMount(),$&&l.componentDidMount&&l.__h.push(l.componentDidMount);l.context=T,l.props=y,l.__P=e,l.__g&=-5,B=k.__r,b=$?25:0;do l.__g&=-9,B&&B(t),c=l.render(l.props,l.state=l.__s,l.context);while(8&l.__g&&++b<25);$&&(ie.push.apply(l.__h,l.__k),l.__k=[]),l.state=l.__s,l.getChildContext&&(o=H({},o,l.getChildContext())),$&&r.__c&&l.getSnapshotBeforeUpdate&&(f=l.getSnapshotBeforeUpdate(g,m)),C=c&&c.type===le&&c.key==null?c.props.children:c,y.__P&&(c=s,a=(e=y.__P).namespaceURI,u=n=null,r.props&&r.props.__P!=e&&(r.__k.some(function(R){R&&ke(R,R)}),r.__k=null),s=r.__k?z(r,0):null),s=Xe(e,$e(C)?C:[C],t,r,o,a,n,i,s,u,p),y.__P&&(t.__e=null,s=c),t.__u&=-161,h&&h.some(j),l.__h.length&&i.push(l),1&l.__g&&(l.__g&=-4)}catch(R){if(i.length=_,t.__v=null,u||n)if(R&&R.then){if(t.__u|=128|u,n){for(~(U=n.indexOf(s||void 0))||(U=n.length);(W=n[U-1])&&W.nodeType==8;)U--;for(;U<n.length;U++)if(W=n[U])if(n[U]=null,N){if(W==G)break}else{if(W.nodeType!=8)break;W.data.startsWith("$s")&&(G=ne(N=W))}}if(!N){for(;s&&s.nodeType==8&&s.nextSibling;)s=s.nextSibling;N=s}(c=ne(N=t.__c.__z||(t.__c.__z=N)))?(t.__e=N,s=c):t.__e=s,s=s&&s.nextSibling}else n&&n.some(j);else t.__e=r.__e;t.__k||(t.__k=r.__k||[]),R&&R.then||Qe(t),k.__e(R,t,r)}}else s=t.__e=Jt(r.__e,t,r,o,a,n,i,u,p,e);return(c=k.diffed)&&c(t),s}function ne(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var r=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))r++;else if(e.data.startsWith("/$s")&&!--r)return e}t&&t.push(e)}}function Qe(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Qe))}function et(e,t,r){for(var o=0;o<r.length;)we(r[o++],r[o++],r[o++]);k.__c&&k.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(n){n.call(a)})}catch(n){k.__e(n,a.__v)}})}function Jt(e,t,r,o,a,n,i,s,u,p){var c,h,_,l,g,m,f,y,$=r.props||ae,x=t.props,T=t.type;if(T=="svg"?a="http://www.w3.org/2000/svg":T=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),n){for(c=0;c<n.length;c++)if((g=n[c])&&(T?g.localName==T:g.nodeType==3)){e=g,n[c]=null;break}}if(!e){if(y=p.ownerDocument||document,!T)return y.createTextNode(x);e=y.createElementNS(a,T,x.is?x:p),s&&(k.__m&&k.__m(t,n),s=!1),n=null}if(T){if(p=T=="template"&&e.content||e,n=T=="textarea"&&x.defaultValue!=null?null:n&&se.call(p.childNodes),!s&&n)for($={},c=0;c<e.attributes.length;c++)$[(g=e.attributes[c]).name]=g.value;for(c in $)g=$[c],c=="dangerouslySetInnerHTML"?_=g:c=="children"||c in x||c=="value"&&"defaultValue"in x||c=="checked"&&"defaultChecked"in x||ee(e,c,null,g,a);for(c in x)g=x[c],c=="children"?l=g:c=="dangerouslySetInnerHTML"?h=g:c=="value"?m=g:c=="checked"?f=g:s&&typeof g!="function"||$[c]===g||ee(e,c,g,$[c],a);h?(s||_&&(h.__html==_.__html||h.__html==e.innerHTML)||(e.innerHTML=h.__html),t.__k=[]):(_&&(e.textContent=""),(T=="foreignObject"||a=="http://www.w3.org/1998/Math/MathML"&&jt.test(T))&&(a="http://www.w3.org/1999/xhtml"),Xe(p,$e(l)?l:[l],t,r,o,a,n,i,n?n[0]:r.__k&&z(r,0),s,u),n&&n.some(j)),s&&T!="textarea"||(c="value",T=="progress"&&m==null?e.removeAttribute(c):m==null||m===e[c]&&(T!="progress"||m)||ee(e,c,m,$[c],a),c="checked",f!=null&&f!=e[c]&&ee(e,c,f,$[c],a))}else $===x||s&&e.data==x||(e.data=x);return e}function we(e,t,r,o){try{typeof e=="function"?t?t.__x=e(t)||1:o&&(o=o.__c||o.__e)&&(t=o.__x)&&(o.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(a){k.__e(a,r)}}function ke(e,t,r){var o,a,n,i;if(k.unmount&&k.unmount(e),!(o=e.ref)||o.current&&o.current!=e.__e||we(o,null,t,e),o=e.__c){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(s){k.__e(s,t)}o.__P=o.__n=null}if(o=e.__k)for(i=0;i<o.length;i++)o[i]&&ke(o[i],t,typeof e.type!="function"||r&&!e.props.__P);!r&&(o=e.__c)&&(o=o.__z)&&(a=ne(o,n=[]))&&(o==e.__e&&n.some(j),j(a),j(o)),r||j(e.__e),e.__e=e.__c=e.__=null}function Yt(e,t,r){return this.constructor(e,r)}function tt(e,t){var r,o,a,n;k.__&&k.__(e,t),t.nodeType==9&&(t=t.documentElement),o=(r=e&&32&e.__u)?null:t.__k,t.__k=K(le,{children:[e]}),a=[],n=[],ye(t,t.__k,o||ae,ae,t.namespaceURI,o?null:t.firstChild?se.call(t.childNodes):null,a,o?o.__e:t.firstChild,r,n),et(a,t.__k,n),t.__k.props.children=null}k={__e:function(e,t,r,o){for(var a,n,i;t=t.__;)if((a=t.__c)&&!(1&a.__g)){a.__g|=4;try{if((i=(n=a.constructor)&&n.getDerivedStateFromError)&&a.setState(n.getDerivedStateFromError(e)),a.componentDidCatch&&(a.componentDidCatch(e,o||{}),i=1),i&&8&a.__g)return void(a.__g|=2)}catch(s){e=s}}throw oe=0,e}},je=0,Bt=function(e){return e!=null&&e.constructor===J},re.prototype.setState=function(e,t){var r=this.__s;r&&r!=this.state||(r=this.__s=H({},this.state)),typeof e=="function"&&(e=e(H({},r),this.props)),e&&(H(r,e),this.__v&&(t&&this.__k.push(t),Be(this)))},re.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),Be(this))},re.prototype.render=le,F=[],oe=0,qe=function(e,t){return e.__v.__b-t.__v.__b},te=Symbol(),Ge=/(PointerCapture)$|Capture$/i,ve=0,be={},Wt=0;var nt=function(e,t,r,o){var a;t[0]=0;for(var n=1;n<t.length;n++){var i=t[n++],s=t[n]?(t[0]|=i?1:2,r[t[n++]]):t[++n];i===3?o[0]=s:i===4?o[1]=Object.assign(o[1]||{},s):i===5?(o[1]=o[1]||{})[t[++n]]=s:i===6?o[1][t[++n]]+=s+"":i?(a=e.apply(s,nt(e,s,r,["",null])),o.push(a),s[0]?t[0]|=2:(t[n-2]=0,t[n]=a)):o.push(s)}return o},rt=new Map;function ot(e){var t=rt.get(this);return t||(t=new Map,rt.set(this,t)),(t=nt(this,t.get(e)||(t.set(e,t=(function(r){for(var o,a,n=1,i="",s="",u=[0],p=function(_){n===1&&(_||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?u.push(0,_,i):n===3&&(_||i)?(u.push(3,_,i),n=2):n===2&&i==="..."&&_?u.push(4,_,0):n===2&&i&&!_?u.push(5,0,!0,i):n>=5&&((i||!_&&n===5)&&(u.push(n,0,i,a),n=6),_&&(u.push(n,_,0,a),n=6)),i=""},c=0;c<r.length;c++){c&&(n===1&&p(),p(c));for(var h=0;h<r[c].length;h++)o=r[c][h],n===1?o==="<"?(p(),u=[u],n=3):i+=o:n===4?i==="--"&&o===">"?(n=1,i=""):i=o+i[0]:s?o===s?s="":i+=o:o==='"'||o==="'"?s=o:o===">"?(p(),n=1):n&&(o==="="?(n=5,a=i,i=""):o==="/"&&(n<5||r[c][h+1]===">")?(p(),n===3&&(u=u[0]),n=u,(u=u[0]).push(2,0,n),n=0):o===" "||o==="	"||o===`
`||o==="\r"?(p(),n=2):i+=o),n===3&&i==="!--"&&(n=4,u=u[0])}return p(),u})(e)),t),arguments,[])).length>1?t:t[0]}var d=ot.bind(Ke);var V,P,xe,at,Te=Object.is,X=0,mt=[],Se=[],E=k,it=E.__b,st=E.__r,lt=E.diffed,ct=E.__c,ut=E.unmount,dt=E.__;function ce(e,t){E.__h&&E.__h(P,e,X||t),X=0;var r=P.__H||(P.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function v(e){return X=1,Xt(bt,e)}function Xt(e,t,r){var o=ce(V++,2);if(o.t=e,!o.__c&&(o.__=[r?r(t):bt(void 0,t),function(n){var i=(o.__N||o.__)[0],s=o.t(i,n);Te(i,s)||(o.__N=[s,o.__[1]],o.__c.setState({}))}],o.__c=P,!P.__f)){P.__f=!0;var a=P.shouldComponentUpdate;P.shouldComponentUpdate=function(n,i,s){var u=this.__H;if(!u)return!0;var p=!1,c=this.props!=n;if(u.__.some(function(_){_.__N&&(p=!0,Te(_.__[0],_.__N[0])||(c=!0))}),a){var h=a.call(this,n,i,s);return p?h||c:h}return!p||c}}return o.__}function D(e,t){var r=ce(V++,3);!E.__s&&gt(r.__H,t)&&(r.__P=!0,r.__=e,r.u=t,P.__H.__h.push(r))}function M(e){return X=5,_t(function(){return{current:e}},[])}function _t(e,t){var r=ce(V++,7);return gt(r.__H,t)&&(r.__=e(),r.__H=t),r.__}function ht(e,t){return X=8,_t(function(){return e},t)}function Ee(){var e=ce(V++,11);if(!e.__){for(var t=P.__v;!t.__m&&t.__;)t=t.__;var r=t.__m||(t.__m=[0,0]);e.__="P"+r[0]+"-"+r[1]++}return e.__}function Zt(){var e;do{for(;e=Se.shift();)try{Y(e)}catch(r){E.__e(r,{__:(e=e.__P)&&e.__v})}for(;e=mt.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Y),t.__h.some(Ce),t.__h=[]}catch(r){t.__h=[],E.__e(r,e.__v)}}}while(Se.length)}E.__b=function(e){P=null,it&&it(e)},E.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),dt&&dt(e,t)},E.__r=function(e){st&&st(e),V=0;var t=(P=e.__c).__H;t&&(xe==P?P.__h=[]:(t.__h.some(Y),t.__h.some(Ce),V=0),t.__h=[],t.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})),xe=P},E.diffed=function(e){lt&&lt(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&pt(mt.push(t)),t.__H.__.some(function(r){r.u&&(r.__H=r.u)})),xe=P=null},E.__c=function(e,t){t.some(function(r){try{r.__h.some(Y),r.__h=r.__h.filter(function(o){return!o.__||Ce(o)})}catch(o){r.__h=[function(){throw o}]}}),ct&&ct(e,t)},E.unmount=function(e){ut&&ut(e);var t,r,o=e.__c;o&&o.__H&&(o.__H.__.some(function(a){try{if(a.__P&&a.__c){if(r===void 0){for(r=e.__;r&&(!r.__c||!r.__c.__P);)r=r.__;r=r&&r.__c}a.__P=r,pt(Se.push(a))}else Y(a)}catch(n){t=n}}),o.__H=void 0,t&&E.__e(t,o.__v))};var ft=typeof requestAnimationFrame=="function";function Qt(e){var t,r=function(){clearTimeout(o),ft&&cancelAnimationFrame(t),setTimeout(e)},o=setTimeout(r,35);ft&&(t=requestAnimationFrame(r))}function pt(e){e!=1&&at==E.requestAnimationFrame||((at=E.requestAnimationFrame)||Qt)(Zt)}function Y(e){var t=P,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),P=t}function Ce(e){var t=P;e.__c=e.__(),P=t}function gt(e,t){return!e||e.length!=t.length||t.some(function(r,o){return!Te(r,e[o])})}function bt(e,t){return typeof t=="function"?t(e):t}var ue=class extends Error{constructor(t,r,o){super(r),this.name="ApiError",this.status=t,this.code=o||""}},Pe="",vt=()=>{};function Ae(e){Pe=e||""}function $t(e){vt=e}function er(e,t,r){let o={accept:r};return t!==void 0&&(o["content-type"]="application/json"),e!=="GET"&&e!=="HEAD"&&Pe&&(o["x-csrf-token"]=Pe),o}async function tr(e,t,r,o,a){try{return await fetch(t,{method:e,headers:er(e,r,o),body:r===void 0?void 0:JSON.stringify(r),credentials:"same-origin",cache:"no-store",signal:a})}catch(n){throw n.name==="AbortError"?n:new ue(0,"The gateway could not be reached: "+n.message)}}function rr(e,t){if(e&&typeof e=="object"){if(e.error&&typeof e.error=="object"&&e.error.message)return e.error;if(e.message)return{message:e.message,code:e.code}}return{message:t}}async function nr(e,t){let r=await e.text().catch(()=>""),o=null;try{o=r?JSON.parse(r):null}catch{o=null}let a=r&&!o&&r.length<300?r:`${e.status} ${e.statusText||"error"}`,{message:n,code:i}=rr(o,a);return e.status===401&&!t.startsWith("/ui/api/session")&&vt(),new ue(e.status,n,typeof i=="string"?i:"")}async function S(e,t,r){let o=await tr(e,t,r,"application/json");if(!o.ok)throw await nr(o,t);let a=await o.text();return a?JSON.parse(a):null}function I({label:e="Loading…"}){return d`<p role="status" class="loading">${e}</p>`}function A({error:e}){if(!e)return null;let t=typeof e=="string"?e:e.message||String(e);return d`<div role="alert" class="alert">${t}</div>`}function q({title:e,onClose:t,children:r,wide:o}){let a=M(null),n=Ee();return D(()=>{let s=a.current,u=document.activeElement;s.showModal();let p=s.querySelector("input:not([type=hidden]), select, textarea, [data-autofocus]");return p&&p.focus(),()=>{s.open&&s.close(),u&&u.isConnected&&u.focus()}},[]),d`<dialog ref=${a} class=${o?"dialog wide":"dialog"} aria-labelledby=${n}
      onCancel=${s=>{s.preventDefault(),t()}}>
    <header class="dialog-head">
      <h2 id=${n}>${e}</h2>
      <button type="button" class="icon" aria-label="Close" onClick=${t}>×</button>
    </header>
    ${r}
  </dialog>`}function de({title:e,message:t,confirmLabel:r,onConfirm:o,onClose:a}){let[n,i]=v(!1),[s,u]=v(null);return d`<${q} title=${e} onClose=${a}>
    <p>${t}</p>
    <${A} error=${s} />
    <div class="actions">
      <button type="button" onClick=${a} data-autofocus>Cancel</button>
      <button type="button" class="danger" disabled=${n} onClick=${async()=>{i(!0),u(null);try{await o(),a()}catch(c){u(c),i(!1)}}}>${r}</button>
    </div>
  <//>`}function w({label:e,hint:t,children:r,className:o}){let a=Ee(),n=t?a+"-hint":void 0,i=Ve(r,{id:a,"aria-describedby":n});return d`<div class=${"field "+(o||"")}>
    <label for=${a}>${e}</label>
    ${i}
    ${t&&d`<small id=${n} class="hint">${t}</small>`}
  </div>`}function wt({label:e,checked:t,onChange:r,disabled:o}){return d`<label class="switch">
    <input type="checkbox" role="switch" checked=${t} disabled=${o}
      onChange=${a=>r(a.currentTarget.checked)} />
    <span class="track" aria-hidden="true"></span>
    <span>${e}</span>
  </label>`}function kt({value:e}){if(!e)return d`<span class="muted">none</span>`;let t=e.startsWith("****")?e:"****"+e.slice(-4);return d`<code class="masked">${t}</code>`}var yt={CONNECTED:["Connected","ok"],CONNECTING:["Connecting","busy"],DISCONNECTED:["Disconnected","off"],DISABLED:["Disabled","off"],ERROR:["Error","bad"]};function xt({state:e}){let[t,r]=yt[e]||yt.CONNECTING;return d`<span class=${"badge "+r}><span class="dot" aria-hidden="true"></span>${t}</span>`}var or=[["year",365*24*3600],["month",720*3600],["day",24*3600],["hour",3600],["minute",60],["second",1]],ar=new Intl.RelativeTimeFormat("en",{numeric:"auto"});function ir(e,t=Date.now()){let r=Date.parse(e);if(!e||Number.isNaN(r))return"";let o=Math.round((r-t)/1e3);for(let[a,n]of or)if(Math.abs(o)>=n||a==="second")return ar.format(Math.round(o/n),a);return""}function Z({time:e,never:t="never"}){return e?d`<time datetime=${e} title=${new Date(e).toLocaleString()}>${ir(e)}</time>`:d`<span class="muted">${t}</span>`}function O(e){return e?parseFloat(String(e).replace(/s$/,"")):NaN}function fe(e){let t=O(e);return Number.isNaN(t)?"":`${Math.round(t*1e3)} ms`}var Ne="/ui/api/session";function Tt(e){return Ae(e.csrf_token),{me:e.me||{},expiresAt:e.expires_at||""}}async function St(){try{return Tt(await S("GET",Ne))}catch(e){if(e.status===401)return null;throw e}}async function Ct(e){return Tt(await S("POST",Ne,{credential:e}))}async function Et(){try{await S("DELETE",Ne)}finally{Ae("")}}var sr={providers:()=>!0,aliases:()=>!0,keys:()=>!0,usage:()=>!0,audit:e=>e==="admin",playground:e=>e!=="viewer"};function De(e,t){let r=sr[t];return!!r&&r(e)}function Q(e){return e==="admin"||e==="operator"||e==="member"}function Pt({onSignedIn:e,notice:t}){let[r,o]=v(""),[a,n]=v(!1),[i,s]=v(null);return d`<main class="login" id="main">
    <form class="card login-card" onSubmit=${async p=>{p.preventDefault(),n(!0),s(null);try{let c=await Ct(r.trim());o(""),e(c)}catch(c){s(c),n(!1)}}}>
      <h1>Sign in to Switchboard</h1>
      ${t&&d`<p class="notice" role="status">${t}</p>`}
      <${w} label="API key or token" hint="An API key (sk-sb-…) or an OAuth2 access token. It is exchanged for a session cookie and not stored by the browser.">
        <input type="password" autocomplete="off" spellcheck="false" required value=${r}
          onInput=${p=>o(p.currentTarget.value)} />
      <//>
      <${A} error=${i} />
      <button type="submit" class="primary" disabled=${a||!r.trim()}>Sign in</button>
    </form>
  </main>`}function At(){let e=/^#\/([a-z-]+)/.exec(window.location.hash);return e?e[1]:""}function Nt(){let[e,t]=v(At());return D(()=>{let r=()=>t(At());return window.addEventListener("hashchange",r),()=>window.removeEventListener("hashchange",r)},[]),e}function pe(e,t){let[r,o]=v(void 0),[a,n]=v(null),i=M(e);i.current=e;let s=M(!1),u=M(!1),p=ht(async()=>{if(s.current){u.current=!0;return}s.current=!0;try{o(await i.current()),n(null)}catch(c){n(c)}finally{s.current=!1,u.current&&(u.current=!1,p())}},[]);return D(()=>{let c=null,h=()=>{c===null&&!document.hidden&&(c=setInterval(p,t))},_=()=>{clearInterval(c),c=null},l=()=>{document.hidden?_():(p(),h())};return p(),h(),document.addEventListener("visibilitychange",l),()=>{_(),document.removeEventListener("visibilitychange",l)}},[t]),{data:r,error:a,refresh:p}}var me=e=>`/admin/v1/providers/${encodeURIComponent(e)}`;function Dt({provider:e,canChange:t,onEdit:r,onDelete:o,onChanged:a}){let[n,i]=v(""),[s,u]=v(null),[p,c]=v(!1),h=e.enabled!==!1,_=async m=>{c(!0),u(null);try{await S("PATCH",`${me(e.name)}?update_mask=enabled`,{enabled:m}),a()}catch(f){u(f)}finally{c(!1)}},l=m=>i(n===m?"":m),g=e.usage_24h;return d`<article class="card provider" aria-label=${`Provider ${e.name}`}>
    <div class="card-head">
      <h2>${e.name}</h2>
      <${xt} state=${e.state} />
    </div>
    ${e.state==="ERROR"&&d`<p class="error-detail">
      ${e.last_error||"The last check failed."} ${" "}
      ${e.last_error_time&&d`<span class="muted">(<${Z} time=${e.last_error_time} />)</span>`}
    </p>`}
    <dl>
      <dt>Preset</dt><dd>${e.preset||"custom"}</dd>
      <dt>Format</dt><dd>${e.api_format||"openai"}</dd>
      <dt>Base URL</dt><dd><code>${e.base_url}</code></dd>
      <dt>API key</dt><dd><${kt} value=${e.api_key_masked} /></dd>
      ${e.owner&&d`<dt>Owner</dt><dd>${e.owner}</dd>`}
      <dt>State since</dt><dd><${Z} time=${e.state_time} never="—" /></dd>
      ${g&&d`<dt>Last 24 h</dt><dd>${lr(g)}</dd>`}
    </dl>
    ${t&&d`<div class="buttons">
      <button type="button" aria-expanded=${n==="test"} onClick=${()=>l("test")}>Test connection</button>
      <button type="button" aria-expanded=${n==="prompt"} onClick=${()=>l("prompt")}>Test prompt</button>
      <button type="button" aria-expanded=${n==="models"} onClick=${()=>l("models")}>Models</button>
      <button type="button" onClick=${r}>Edit</button>
      <button type="button" onClick=${o}>Delete</button>
      <${wt} label="Enabled" checked=${h} disabled=${p} onChange=${_} />
    </div>`}
    <${A} error=${s} />
    ${n==="test"&&d`<${cr} name=${e.name} onDone=${a} />`}
    ${n==="prompt"&&d`<${ur} name=${e.name} onDone=${a} />`}
    ${n==="models"&&d`<${dr} name=${e.name} />`}
  </article>`}function lr(e){let t=[`${e.requests||0} requests`];return e.errors&&t.push(`${e.errors} errors`),e.cost_usd!==void 0&&e.cost_usd!==null&&t.push(`$${Number(e.cost_usd).toFixed(4)}`),t.join(" · ")}function cr({name:e,onDone:t}){let[r,o]=v(null),[a,n]=v(null);return D(()=>{S("POST",`${me(e)}:test`,{}).then(i=>{o(i),t()},n)},[]),a?d`<${A} error=${a} />`:r?r.ok?d`<div class="result" role="status">
    <strong class="success">Connected</strong> in ${fe(r.latency)} · ${r.model_count||0} models
  </div>`:d`<div class="result" role="alert"><strong>Failed</strong>${r.latency?` after ${fe(r.latency)}`:""}: ${r.error}</div>`:d`<div class="result"><${I} label="Testing…" /></div>`}function ur({name:e,onDone:t}){let[r,o]=v("Say hi"),[a,n]=v(!1),[i,s]=v(null),[u,p]=v(null);return d`<form class="result" onSubmit=${async h=>{h.preventDefault(),n(!0),p(null),s(null);try{s(await S("POST",`${me(e)}:test`,{prompt:r})),t()}catch(_){p(_)}finally{n(!1)}}}>
    <div class="row">
      <${w} label="Prompt" hint="At most 30 characters.">
        <input value=${r} maxlength="30" required onInput=${h=>o(h.currentTarget.value)} />
      <//>
      <button type="submit" class="primary" disabled=${a||!r.trim()}>Send</button>
    </div>
    ${a&&d`<${I} label="Waiting for the reply…" />`}
    <${A} error=${u} />
    ${i&&(i.ok?d`<div role="status"><p><strong class="success">${fe(i.prompt_latency||i.latency)}</strong>
          ${i.model&&d` · <code>${i.model}</code>`}</p>
          <blockquote class="reply">${i.reply}</blockquote></div>`:d`<div role="alert" class="alert">${i.error}</div>`)}
  </form>`}function dr({name:e}){let[t,r]=v(null),[o,a]=v(null);return D(()=>{S("GET",`${me(e)}/models`).then(n=>r(n.models||[]),a)},[]),o?d`<${A} error=${o} />`:t?d`<div class="result">
    <h3>${t.length} ${t.length===1?"model":"models"}</h3>
    <ul class="models">${t.map(n=>d`<li key=${n.id}><code>${n.id}</code></li>`)}</ul>
  </div>`:d`<div class="result"><${I} /></div>`}function It({rows:e,onChange:t}){let r=(n,i)=>t(e.map((s,u)=>u===n?{...s,...i}:s)),o=n=>t(e.filter((i,s)=>s!==n)),a=()=>t([...e,{name:"",value:"",secret:!1}]);return d`<fieldset class="headers">
    <legend>Custom headers</legend>
    ${e.length===0&&d`<p class="muted small">None. Added to every request sent upstream.</p>`}
    ${e.map((n,i)=>d`<div class="row header-row" key=${i}>
      <${w} label="Header name">
        <input value=${n.name} autocomplete="off" spellcheck="false"
          onInput=${s=>r(i,{name:s.currentTarget.value})} />
      <//>
      <${w} label="Header value" hint=${n.masked&&!n.value?`Saved as ${n.masked}; type to replace`:void 0}>
        <input type=${n.secret?"password":"text"} value=${n.value} autocomplete="off" spellcheck="false"
          placeholder=${n.masked||""}
          onInput=${s=>r(i,{value:s.currentTarget.value,touched:!0})} />
      <//>
      <label class="check">
        <input type="checkbox" checked=${n.secret}
          onChange=${s=>r(i,{secret:s.currentTarget.checked,touched:!0})} />
        Secret
      </label>
      <button type="button" onClick=${()=>o(i)} aria-label=${`Remove header ${n.name||i+1}`}>Remove</button>
    </div>`)}
    <button type="button" onClick=${a}>Add header</button>
  </fieldset>`}function Rt(e){let t=Object.entries(e.headers||{}).map(([o,a])=>({name:o,value:a,secret:!1})),r=Object.entries(e.secret_headers_masked||{}).map(([o,a])=>({name:o,value:"",masked:a,secret:!0,saved:!0}));return[...t,...r]}function Ot(e,t){let r={},o={},a=e.filter(s=>s.name.trim());for(let s of a)(s.secret?o:r)[s.name.trim()]=s.value;let n=a.filter(s=>s.secret),i=n.length===t.length&&n.every(s=>s.saved&&!s.touched&&t.includes(s.name.trim()));if(!i&&n.some(s=>!s.value))throw new Error("Type the value of every secret header again to change secret headers.");return{headers:r,secretHeaders:o,secretsChanged:!i}}var fr=[["openai","OpenAI chat completions"],["anthropic","Anthropic messages"],["gemini","Google Gemini"],["openai_responses","OpenAI Responses"]],pr={anthropic:"x-api-key",gemini:"x-goog-api-key"},mr={bearer:"Authorization: Bearer <key>","x-api-key":"x-api-key: <key>","x-goog-api-key":"x-goog-api-key: <key>",none:"No key is sent"};function _r({protocol:e,host:t,port:r,basePath:o}){if(!t)return"";let a=e==="https"&&+r==443||e==="http"&&+r==80,n=o&&!o.startsWith("/")?"/"+o:o||"";return`${e}://${t}${r&&!a?":"+r:""}${n}`}function Lt(e){try{let t=new URL(e),r=t.protocol.replace(":","");if(r!=="http"&&r!=="https")return null;let o=t.port||(r==="https"?"443":"80");return{protocol:r,host:t.hostname,port:o,basePath:t.pathname==="/"?"":t.pathname.replace(/\/$/,"")}}catch{return null}}function _e(e){return{protocol:e.protocol||"https",host:e.host||"",port:e.port?String(e.port):"",basePath:e.base_path||"",baseUrl:e.base_url||"",format:e.api_format||"openai"}}function hr(e){return e?{...Lt(e.base_url||"")||_e({}),name:e.name,preset:e.preset||"custom",baseUrl:e.base_url||"",format:e.api_format||"openai",apiKey:"",timeout:String(O(e.timeout)||120),rows:Rt(e)}:{name:"",preset:"",apiKey:"",timeout:"120",rows:[],..._e({})}}function Ie({provider:e,onSaved:t,onClose:r}){let o=!!e,[a,n]=v(null),[i,s]=v(null),[u,p]=v(()=>hr(e)),[c,h]=v(!1),[_,l]=v(null);D(()=>{S("GET","/admin/v1/presets").then(b=>{let C=b.presets||[];if(n(C),!o&&C.length){let N=C.find(G=>G.name==="custom")||C[0];p(G=>({...G,preset:N.name,..._e(N)}))}},s)},[]);let g=(a||[]).find(b=>b.name===u.preset)||{},m=b=>p(C=>({...C,...b})),f=b=>p(C=>{let N={...C,...b};return{...N,baseUrl:_r(N)}}),y=b=>p(C=>({...C,baseUrl:b,...Lt(b)||{}})),$=b=>{let C=a.find(N=>N.name===b);p(N=>({...N,preset:b,..._e(C)}))},x=g.name&&g.name!=="custom"?g.auth_type:pr[u.format]||"bearer",T=async b=>{b.preventDefault(),l(null),h(!0);try{let C=await gr(e,u,g);t(C)}catch(C){l(C),h(!1)}},B=o?`Edit provider ${e.name}`:"Add provider";return i?d`<${q} title=${B} onClose=${r}><${A} error=${i} /><//>`:a?d`<${q} title=${B} onClose=${r} wide>
    <form onSubmit=${T} novalidate>
      <div class="row">
        <${w} label="Preset" hint=${o?"Fixed once the provider exists.":g.local?"Usually runs on this machine.":void 0}>
          <select value=${u.preset} disabled=${o} onChange=${b=>$(b.currentTarget.value)}>
            ${a.map(b=>d`<option value=${b.name}>${b.display_name||b.name}</option>`)}
          </select>
        <//>
        <${w} label="Name" hint="Model ids are <name>/<model>. Letters, digits, '.', '_' and '-'.">
          <input value=${u.name} required maxlength="64" pattern="[A-Za-z0-9][A-Za-z0-9._\\-]*" autocomplete="off"
            spellcheck="false" onInput=${b=>m({name:b.currentTarget.value})} />
        <//>
      </div>
      <fieldset>
        <legend>Connection</legend>
        <div class="row">
          <${w} label="Protocol">
            <select value=${u.protocol} onChange=${b=>f({protocol:b.currentTarget.value})}>
              <option value="https">https</option>
              <option value="http">http</option>
            </select>
          <//>
          <${w} label="Host">
            <input value=${u.host} autocomplete="off" spellcheck="false" onInput=${b=>f({host:b.currentTarget.value})} />
          <//>
          <${w} label="Port">
            <input type="number" min="1" max="65535" value=${u.port} onInput=${b=>f({port:b.currentTarget.value})} />
          <//>
          <${w} label="Base path">
            <input value=${u.basePath} autocomplete="off" spellcheck="false" placeholder="/v1"
              onInput=${b=>f({basePath:b.currentTarget.value})} />
          <//>
        </div>
        <${w} label="Base URL" hint="Composed from the fields above, or paste a whole URL.">
          <input type="url" value=${u.baseUrl} required=${u.preset==="custom"} autocomplete="off" spellcheck="false"
            placeholder="https://api.example.com/v1" onInput=${b=>y(b.currentTarget.value)} />
        <//>
      </fieldset>
      <div class="row">
        <${w} label="Format">
          <select value=${u.format} onChange=${b=>m({format:b.currentTarget.value})}>
            ${fr.map(([b,C])=>d`<option value=${b}>${C}</option>`)}
          </select>
        <//>
        <${w} label="Auth type" hint="Set by the preset (for custom: by the format).">
          <input readonly value=${mr[x]||x} />
        <//>
        <${w} label="Timeout" hint="Seconds; for streams, the longest gap between events.">
          <input type="number" min="1" max="3600" value=${u.timeout} onInput=${b=>m({timeout:b.currentTarget.value})} />
        <//>
      </div>
      <${w} label="API key" hint=${o?`Saved key ${e.api_key_masked||"(none)"}; leave empty to keep it.`:x==="none"?"Not needed by this preset.":"Write-only: sealed at rest, never shown again."}>
        <input type="password" value=${u.apiKey} autocomplete="new-password" spellcheck="false"
          onInput=${b=>m({apiKey:b.currentTarget.value})} />
      <//>
      <${It} rows=${u.rows} onChange=${b=>m({rows:b})} />
      <${A} error=${_} />
      <div class="actions">
        <button type="button" onClick=${r}>Cancel</button>
        <button type="submit" class="primary" disabled=${c}>Save</button>
      </div>
    </form>
  <//>`:d`<${q} title=${B} onClose=${r}><${I} /><//>`}async function gr(e,t,r){let o=t.name.trim();if(!o)throw new Error("Name: required.");let a=Number(t.timeout);if(!(a>0))throw new Error("Timeout: a number of seconds above 0.");let n=e?Object.keys(e.secret_headers_masked||{}):[],{headers:i,secretHeaders:s,secretsChanged:u}=Ot(t.rows,n),p=t.baseUrl.trim();if(!e){let f={name:o,preset:t.preset,api_format:t.format,timeout:`${a}s`,headers:i};return p&&p!==r.base_url&&(f.base_url=p),t.apiKey&&(f.api_key=t.apiKey),Object.keys(s).length&&(f.secret_headers=s),S("POST","/admin/v1/providers",f)}let c={},h=[],_=(f,y,$)=>{JSON.stringify(y)!==JSON.stringify($)&&(c[f]=y,h.push(f))};_("name",o,e.name),_("base_url",p,e.base_url||""),_("api_format",t.format,e.api_format||"openai"),_("timeout",`${a}s`,e.timeout?`${O(e.timeout)}s`:"120s"),_("headers",i,e.headers||{}),u&&(c.secret_headers=s,h.push("secret_headers"));let l=t.apiKey&&!h.includes("base_url");t.apiKey&&!l&&(c.api_key=t.apiKey,h.push("api_key"));let g=e,m=`/admin/v1/providers/${encodeURIComponent(e.name)}`;return h.length&&(g=await S("PATCH",`${m}?update_mask=${h.join(",")}`,c)),l&&(g=await S("POST",`/admin/v1/providers/${encodeURIComponent(g.name)}:rotateKey`,{api_key:t.apiKey})),g}var br=3e3;function vr(e,t){return e.role==="admin"||e.role==="operator"?!0:e.role==="member"&&!!t.owner&&t.owner===e.user_name}function Re({me:e}){let{data:t,error:r,refresh:o}=pe(()=>S("GET","/admin/v1/providers").then(u=>u.providers||[]),br),[a,n]=v(null),i=()=>n(null),s=()=>{i(),o()};return d`<section>
    <div class="toolbar">
      <h1>Providers</h1>
      ${Q(e.role)&&d`<button type="button" class="primary" onClick=${()=>n({add:!0})}>Add provider</button>`}
    </div>
    <${A} error=${r} />
    ${t===void 0&&!r&&d`<${I} />`}
    ${t&&t.length===0&&d`<p class="empty">No providers yet.${Q(e.role)?" Add one from a preset.":""}</p>`}
    ${t&&t.length>0&&d`<div class="cards">
      ${t.map(u=>d`<${Dt} key=${u.id||u.name} provider=${u} canChange=${vr(e,u)}
        onEdit=${()=>n({edit:u})} onDelete=${()=>n({remove:u})} onChanged=${o} />`)}
    </div>`}
    ${a&&a.add&&d`<${Ie} onSaved=${s} onClose=${i} />`}
    ${a&&a.edit&&d`<${Ie} provider=${a.edit} onSaved=${s} onClose=${i} />`}
    ${a&&a.remove&&d`<${de} title=${`Delete provider ${a.remove.name}`}
      message=${`Requests for ${a.remove.name}/… models and aliases that target it will fail. Its key is destroyed.`}
      confirmLabel="Delete" onClose=${i}
      onConfirm=${async()=>{await S("DELETE",`/admin/v1/providers/${encodeURIComponent(a.remove.name)}`),o()}} />`}
  </section>`}var he=[["PRIORITY","Priority (in order, next on failure)"],["WEIGHTED","Weighted random"],["LEAST_BUSY","Least busy"],["LOWEST_LATENCY","Lowest latency"],["LOWEST_COST","Lowest cost"]],Oe=(e,t)=>{let r=O(e);return Number.isNaN(r)?"":String(Math.round(r*t*1e3)/1e3)};function Mt(e){let t=e||{},r=t.retry||{};return{name:t.name||"",targets:(t.targets||[{model:"",weight:1}]).map(({status:o,...a})=>({...a,weight:String(a.weight||1)})),strategy:t.strategy&&t.strategy!=="STRATEGY_UNSPECIFIED"?t.strategy:"PRIORITY",maxAttempts:r.max_attempts?String(r.max_attempts):"",initialBackoff:Oe(r.initial_backoff,1e3),maxBackoff:Oe(r.max_backoff,1e3),deadline:Oe(r.deadline,1),fallback:!!t.fallback_on_context_length,description:t.description||""}}function $r(e){let t={},r=(o,a)=>{let n=Number(o);if(!(n>0))throw new Error(`${a}: a number above 0.`);return n};return e.maxAttempts!==""&&(t.max_attempts=Math.round(r(e.maxAttempts,"Max attempts"))),e.initialBackoff!==""&&(t.initial_backoff=`${r(e.initialBackoff,"Initial backoff")/1e3}s`),e.maxBackoff!==""&&(t.max_backoff=`${r(e.maxBackoff,"Max backoff")/1e3}s`),e.deadline!==""&&(t.deadline=`${r(e.deadline,"Deadline")}s`),t}function Ut(e){let t=e.name.trim();if(!t)throw new Error("Alias name: required.");let r=e.targets.filter(o=>o.model.trim()).map(o=>{let a=Number(o.weight||1);if(!(a>=1)||!Number.isInteger(a))throw new Error(`Weight of ${o.model}: a whole number from 1.`);return{...o,model:o.model.trim(),weight:a}});if(!r.length)throw new Error("Add at least one target model.");return{name:t,targets:r,strategy:e.strategy,retry:$r(e),fallback_on_context_length:e.fallback,description:e.description.trim()}}function Le({alias:e,onSaved:t,onClose:r}){let[o,a]=v(()=>Mt(e)),[n,i]=v([]),[s,u]=v(!1),[p,c]=v(null);D(()=>{S("GET","/v1/models").then(m=>i((m.data||[]).map(f=>f.id).filter(f=>f.includes("/"))),()=>{})},[]);let h=m=>a(f=>({...f,...m})),_=(m,f)=>h({targets:o.targets.map((y,$)=>$===m?{...y,...f}:y)}),l=async m=>{m.preventDefault(),c(null),u(!0);try{let f=Ut(o);if(!e){t(await S("POST","/admin/v1/aliases",f));return}let y=Ut(Mt(e)),$=Object.keys(f).filter(x=>JSON.stringify(f[x])!==JSON.stringify(y[x]));t($.length?await S("PATCH",`/admin/v1/aliases/${encodeURIComponent(e.name)}?update_mask=${$.join(",")}`,f):e)}catch(f){c(f),u(!1)}},g="alias-models";return d`<${q} title=${e?`Edit alias ${e.name}`:"New alias"} onClose=${r} wide>
    <form onSubmit=${l} novalidate>
      <${w} label="Alias name" hint="What clients send as the model. Letters, digits, '.', '_', ':' and '-'.">
        <input value=${o.name} required autocomplete="off" spellcheck="false" onInput=${m=>h({name:m.currentTarget.value})} />
      <//>
      <fieldset>
        <legend>Targets</legend>
        <datalist id=${g}>${n.map(m=>d`<option value=${m} />`)}</datalist>
        ${o.targets.map((m,f)=>d`<div class="row" key=${f}>
          <${w} label="Target model" className="grow">
            <input value=${m.model} list=${g} placeholder="provider/model" autocomplete="off" spellcheck="false"
              onInput=${y=>_(f,{model:y.currentTarget.value})} />
          <//>
          <${w} label="Weight" className="narrow">
            <input type="number" min="1" step="1" value=${m.weight} onInput=${y=>_(f,{weight:y.currentTarget.value})} />
          <//>
          <button type="button" class="field-button" disabled=${o.targets.length===1}
            aria-label=${`Remove target ${m.model||f+1}`}
            onClick=${()=>h({targets:o.targets.filter((y,$)=>$!==f)})}>Remove</button>
        </div>`)}
        <button type="button" onClick=${()=>h({targets:[...o.targets,{model:"",weight:"1"}]})}>Add target</button>
      </fieldset>
      <${w} label="Strategy">
        <select value=${o.strategy} onChange=${m=>h({strategy:m.currentTarget.value})}>
          ${he.map(([m,f])=>d`<option value=${m}>${f}</option>`)}
        </select>
      <//>
      <fieldset>
        <legend>Retries</legend>
        <div class="row">
          <${w} label="Max attempts" hint="Per target, first try included. Default 3.">
            <input type="number" min="1" step="1" value=${o.maxAttempts} placeholder="3" onInput=${m=>h({maxAttempts:m.currentTarget.value})} />
          <//>
          <${w} label="Initial backoff (ms)" hint="Doubles each retry. Default 200.">
            <input type="number" min="1" value=${o.initialBackoff} placeholder="200" onInput=${m=>h({initialBackoff:m.currentTarget.value})} />
          <//>
          <${w} label="Max backoff (ms)" hint="Default 5000.">
            <input type="number" min="1" value=${o.maxBackoff} placeholder="5000" onInput=${m=>h({maxBackoff:m.currentTarget.value})} />
          <//>
          <${w} label="Deadline (s)" hint="The whole request. Default 120.">
            <input type="number" min="1" value=${o.deadline} placeholder="120" onInput=${m=>h({deadline:m.currentTarget.value})} />
          <//>
        </div>
        <label class="check">
          <input type="checkbox" checked=${o.fallback} onChange=${m=>h({fallback:m.currentTarget.checked})} />
          On a context-length error, try targets with a larger context window
        </label>
      </fieldset>
      <${w} label="Description">
        <input value=${o.description} onInput=${m=>h({description:m.currentTarget.value})} />
      <//>
      <${A} error=${p} />
      <div class="actions">
        <button type="button" onClick=${r}>Cancel</button>
        <button type="submit" class="primary" disabled=${s}>Save</button>
      </div>
    </form>
  <//>`}var yr={CLOSED:["closed","ok"],OPEN:["open","bad"],HALF_OPEN:["half-open","busy"]};function wr(e){let t=e&&(e.breaker_state||e.breaker||e.state);return yr[t]||null}function kr(e){if(!e)return"defaults";let t=[];return e.max_attempts&&t.push(`${e.max_attempts} attempts`),e.initial_backoff&&t.push(`backoff ${Math.round(O(e.initial_backoff)*1e3)} ms`),e.max_backoff&&t.push(`up to ${Math.round(O(e.max_backoff)*1e3)} ms`),e.deadline&&t.push(`deadline ${O(e.deadline)} s`),t.length?t.join(", "):"defaults"}function Ft({alias:e,canChange:t,onEdit:r,onDelete:o}){let a=(he.find(([n])=>n===e.strategy)||he[0])[1];return d`<article class="card alias" aria-label=${`Alias ${e.name}`}>
    <div class="card-head">
      <h2>${e.name}</h2>
      ${t&&d`<div class="buttons">
        <button type="button" onClick=${r}>Edit</button>
        <button type="button" onClick=${o}>Delete</button>
      </div>`}
    </div>
    ${e.description&&d`<p>${e.description}</p>`}
    <dl>
      <dt>Strategy</dt><dd>${a}</dd>
      <dt>Retries</dt><dd>${kr(e.retry)}</dd>
      ${e.fallback_on_context_length&&d`<dt>Context fallback</dt><dd>on</dd>`}
      ${e.owner&&d`<dt>Owner</dt><dd>${e.owner}</dd>`}
    </dl>
    <div class="table-wrap">
      <table>
        <caption class="sr-only">Targets of ${e.name}</caption>
        <thead><tr><th scope="col">Target</th><th scope="col">Weight</th><th scope="col">Breaker</th>
          <th scope="col">Last served</th><th scope="col">Requests</th></tr></thead>
        <tbody>
          ${(e.targets||[]).map(n=>{let i=n.status||{},s=wr(i);return d`<tr key=${n.model}>
              <td><code>${n.model}</code></td>
              <td>${n.weight||1}</td>
              <td>${s?d`<span class=${"badge "+s[1]}>${s[0]}</span>`:d`<span class="muted">—</span>`}</td>
              <td><${Z} time=${i.last_served_time||i.last_served} /></td>
              <td>${i.requests!==void 0||i.failures!==void 0?`${i.requests||0}${i.failures?` (${i.failures} failed)`:""}${i.in_flight?`, ${i.in_flight} in flight`:""}`:d`<span class="muted">—</span>`}</td>
            </tr>`})}
        </tbody>
      </table>
    </div>
  </article>`}function xr(e,t){return e.role==="admin"||e.role==="operator"?!0:e.role==="member"&&!!t.owner&&t.owner===e.user_name}function Me({me:e}){let{data:t,error:r,refresh:o}=pe(()=>S("GET","/admin/v1/aliases").then(u=>u.aliases||[]),5e3),[a,n]=v(null),i=()=>n(null),s=()=>{i(),o()};return d`<section>
    <div class="toolbar">
      <h1>Aliases</h1>
      ${Q(e.role)&&d`<button type="button" class="primary" onClick=${()=>n({add:!0})}>New alias</button>`}
    </div>
    <${A} error=${r} />
    ${t===void 0&&!r&&d`<${I} />`}
    ${t&&t.length===0&&d`<p class="empty">No aliases yet. An alias gives several provider models one name, with failover.</p>`}
    ${t&&t.length>0&&d`<div class="cards wide-cards">
      ${t.map(u=>d`<${Ft} key=${u.name} alias=${u} canChange=${xr(e,u)}
        onEdit=${()=>n({edit:u})} onDelete=${()=>n({remove:u})} />`)}
    </div>`}
    ${a&&a.add&&d`<${Le} onSaved=${s} onClose=${i} />`}
    ${a&&a.edit&&d`<${Le} alias=${a.edit} onSaved=${s} onClose=${i} />`}
    ${a&&a.remove&&d`<${de} title=${`Delete alias ${a.remove.name}`}
      message=${`Clients that send ${a.remove.name} as the model will get an error.`}
      confirmLabel="Delete" onClose=${i}
      onConfirm=${async()=>{await S("DELETE",`/admin/v1/aliases/${encodeURIComponent(a.remove.name)}`),o()}} />`}
  </section>`}function Ue(){return d`<h1>Keys</h1>
    <p>Not built yet.</p>`}function Fe(){return d`<h1>Usage</h1>
    <p>Not built yet.</p>`}function He(){return d`<h1>Audit</h1>
    <p>Not built yet.</p>`}function ze(){return d`<h1>Playground</h1>
    <p>Not built yet.</p>`}var Ht=[["providers","Providers",Re],["aliases","Aliases",Me],["keys","Keys",Ue],["usage","Usage",Fe],["audit","Audit",He],["playground","Playground",ze]];function zt(){let[e,t]=v(void 0),[r,o]=v(null),[a,n]=v("");if(D(()=>{$t(()=>{t(null),n("Your session has ended. Sign in again.")}),St().then(t,o)},[]),e===void 0)return d`<main class="boot">${r?d`<${A} error=${r} />`:d`<${I} />`}</main>`;if(!e)return d`<${Pt} notice=${a} onSignedIn=${s=>{n(""),t(s)}} />`;let i=async()=>{try{await Et()}finally{n("You are signed out."),t(null)}};return d`<${Tr} me=${e.me} onSignOut=${i} />`}function Tr({me:e,onSignOut:t}){let r=Nt(),[o,a]=v(!1),n=M(null),i=M(!0),s=e.role||"viewer",u=Ht.filter(([l])=>De(s,l)),p=Ht.find(([l])=>l===r),[,c,h]=p||[];D(()=>{r||window.location.replace("#/"+u[0][0]),document.title=(c||"Switchboard")+" · Switchboard console",a(!1),!i.current&&n.current&&n.current.focus(),i.current=!1},[r]);let _;return r?p?De(s,r)?_=d`<${h} me=${e} />`:_=d`<h1>${c}</h1><p>Your role (${s}) may not open this page.</p>`:_=d`<h1>Page not found</h1><p>There is no page <code>${r}</code>.</p>`:_=d`<${I} />`,d`<div class="shell">
    <a class="skip" href="#main" onClick=${l=>{l.preventDefault(),n.current.focus()}}>Skip to content</a>
    <header class="top">
      <span class="brand">Switchboard</span>
      <button type="button" class="menu-toggle" aria-expanded=${o} aria-controls="nav"
        onClick=${()=>a(!o)}>Menu</button>
      <nav id="nav" class=${o?"open":""} aria-label="Main">
        <ul>
          ${u.map(([l,g])=>d`<li key=${l}>
            <a href=${"#/"+l} aria-current=${l===r?"page":void 0}>${g}</a>
          </li>`)}
        </ul>
      </nav>
      <div class="user">
        <span class="user-name">${e.user_name||e.key_prefix||"signed in"}</span>
        <span class="role">${s}</span>
        <button type="button" onClick=${t}>Sign out</button>
      </div>
    </header>
    <main id="main" ref=${n} tabindex="-1">${_}</main>
  </div>`}tt(d`<${zt} />`,document.getElementById("app"));
